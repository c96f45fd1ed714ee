package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** The Literal Reification pattern (its terms live in this namespace, not in its ontology IRI). */
public final class LITERAL {
    public static final String NS = "http://www.essepuntato.it/2010/06/literalreification/";

    public static final Property hasLiteralValue = Terms.property(NS, "hasLiteralValue");

    private LITERAL() {
    }
}
