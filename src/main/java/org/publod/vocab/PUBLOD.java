package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

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
    public static final Resource Finding = Terms.resource(NS, "Finding");
    public static final Property rejected = Terms.property(NS, "rejected");
    public static final Property field = Terms.property(NS, "field");
    public static final Property foundValue = Terms.property(NS, "foundValue");
    public static final Property line = Terms.property(NS, "line");

    private PUBLOD() {
    }
}
