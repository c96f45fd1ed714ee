package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** PRISM basic 2.0, in the terms FaBiO declares. */
public final class PRISM {
    public static final String NS = "http://prismstandard.org/namespaces/basic/2.0/";

    public static final Property doi = Terms.property(NS, "doi");
    public static final Property issn = Terms.property(NS, "issn");
    public static final Property startingPage = Terms.property(NS, "startingPage");
    public static final Property endingPage = Terms.property(NS, "endingPage");
    public static final Property publicationDate = Terms.property(NS, "publicationDate");
    public static final Property volume = Terms.property(NS, "volume");
    public static final Property issueIdentifier = Terms.property(NS, "issueIdentifier");

    private PRISM() {
    }
}
