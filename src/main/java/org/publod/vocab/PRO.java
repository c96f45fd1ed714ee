package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** PRO, the Publishing Roles Ontology. */
public final class PRO {
    public static final String NS = "http://purl.org/spar/pro/";

    public static final Resource RoleInTime = Terms.resource(NS, "RoleInTime");
    public static final Resource author = Terms.resource(NS, "author");
    public static final Property withRole = Terms.property(NS, "withRole");
    public static final Property isHeldBy = Terms.property(NS, "isHeldBy");
    public static final Property isDocumentContextFor = Terms.property(NS, "isDocumentContextFor");
    public static final Property relatesToDocument = Terms.property(NS, "relatesToDocument");
    public static final Property relatesToOrganization = Terms.property(NS, "relatesToOrganization");

    private PRO() {
    }
}
