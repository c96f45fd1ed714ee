package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** FOAF, for the OpenCitations readers of agents. */
public final class FOAF {
    public static final String NS = "http://xmlns.com/foaf/0.1/";

    public static final Resource Agent = Terms.resource(NS, "Agent");
    public static final Resource Organization = Terms.resource(NS, "Organization");
    public static final Property name = Terms.property(NS, "name");
    public static final Property givenName = Terms.property(NS, "givenName");
    public static final Property familyName = Terms.property(NS, "familyName");

    private FOAF() {
    }
}
