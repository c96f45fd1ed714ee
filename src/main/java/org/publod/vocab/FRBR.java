package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** FRBR core, as FaBiO uses it. */
public final class FRBR {
    public static final String NS = "http://purl.org/vocab/frbr/core#";

    public static final Property partOf = Terms.property(NS, "partOf");
    public static final Property embodiment = Terms.property(NS, "embodiment");

    private FRBR() {
    }
}
