package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The DataCite Ontology: identifiers and their schemes. */
public final class DATACITE {
    public static final String NS = "http://purl.org/spar/datacite/";

    public static final Resource Identifier = Terms.resource(NS, "Identifier");
    public static final Resource doi = Terms.resource(NS, "doi");
    public static final Resource orcid = Terms.resource(NS, "orcid");
    public static final Resource issn = Terms.resource(NS, "issn");
    public static final Resource dblp = Terms.resource(NS, "dblp");
    public static final Resource dblpRecord = Terms.resource(NS, "dblp-record");
    public static final Resource ror = Terms.resource(NS, "ror");
    public static final Property hasIdentifier = Terms.property(NS, "hasIdentifier");
    public static final Property usesIdentifierScheme = Terms.property(NS, "usesIdentifierScheme");

    private DATACITE() {
    }
}
