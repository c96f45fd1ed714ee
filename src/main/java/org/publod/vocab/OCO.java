package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** The OpenCitations Ontology. */
public final class OCO {
    public static final String NS = "https://w3id.org/oc/ontology/";

    public static final Property hasNext = Terms.property(NS, "hasNext");

    private OCO() {
    }
}
