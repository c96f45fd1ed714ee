package org.publod.vocab;

import org.apache.jena.rdf.model.Property;

/** DCMI Metadata Terms. */
public final class DCTERMS {
    public static final String NS = "http://purl.org/dc/terms/";

    public static final Property title = Terms.property(NS, "title");
    public static final Property description = Terms.property(NS, "description");
    public static final Property abstract_ = Terms.property(NS, "abstract");
    public static final Property source = Terms.property(NS, "source");
    public static final Property hasVersion = Terms.property(NS, "hasVersion");
    public static final Property license = Terms.property(NS, "license");
    public static final Property modified = Terms.property(NS, "modified");
    public static final Property identifier = Terms.property(NS, "identifier");
    public static final Property isReplacedBy = Terms.property(NS, "isReplacedBy");

    private DCTERMS() {
    }
}
