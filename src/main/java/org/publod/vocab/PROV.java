package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** PROV-O: where each graph and publication came from. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = Terms.resource(NS, "Entity");
    public static final Resource Activity = Terms.resource(NS, "Activity");
    public static final Resource SoftwareAgent = Terms.resource(NS, "SoftwareAgent");
    public static final Property wasDerivedFrom = Terms.property(NS, "wasDerivedFrom");
    public static final Property generatedAtTime = Terms.property(NS, "generatedAtTime");
    public static final Property wasGeneratedBy = Terms.property(NS, "wasGeneratedBy");
    public static final Property wasAssociatedWith = Terms.property(NS, "wasAssociatedWith");
    public static final Property hadPrimarySource = Terms.property(NS, "hadPrimarySource");

    private PROV() {
    }
}
