package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** The publod vocabulary: only what no official vocabulary offers (see ontology/publod.ttl). */
public final class PUBLOD {
    public static final String NS = "https://w3id.org/publod/ontology#";

    public static final Property authorPosition = Terms.property(NS, "authorPosition");
    public static final Property affiliationAsListed = Terms.property(NS, "affiliationAsListed");
    public static final Property nameAsListed = Terms.property(NS, "nameAsListed");
    public static final Property initials = Terms.property(NS, "initials");
    public static final Property linkScore = Terms.property(NS, "linkScore");
    public static final Property linkMethod = Terms.property(NS, "linkMethod");
    public static final Property linkEvidence = Terms.property(NS, "linkEvidence");

    private PUBLOD() {
    }
}
