package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The dblp RDF schema, as the dblp RDF dump uses it (read by the linker, never written by publod). */
public final class DBLP {
    public static final String NS = "https://dblp.org/rdf/schema#";

    public static final Resource Publication = Terms.resource(NS, "Publication");
    public static final Resource Person = Terms.resource(NS, "Person");
    public static final Resource AuthorSignature = Terms.resource(NS, "AuthorSignature");
    public static final Property title = Terms.property(NS, "title");
    public static final Property yearOfPublication = Terms.property(NS, "yearOfPublication");
    public static final Property publishedIn = Terms.property(NS, "publishedIn");
    public static final Property doi = Terms.property(NS, "doi");
    public static final Property hasSignature = Terms.property(NS, "hasSignature");
    public static final Property signatureOrdinal = Terms.property(NS, "signatureOrdinal");
    public static final Property signatureDblpName = Terms.property(NS, "signatureDblpName");
    public static final Property signatureCreator = Terms.property(NS, "signatureCreator");
    public static final Property signatureOrcid = Terms.property(NS, "signatureOrcid");
    public static final Property signaturePublication = Terms.property(NS, "signaturePublication");
    public static final Property authoredBy = Terms.property(NS, "authoredBy");
    public static final Property numberOfCreators = Terms.property(NS, "numberOfCreators");
    public static final Property primaryCreatorName = Terms.property(NS, "primaryCreatorName");
    public static final Property creatorName = Terms.property(NS, "creatorName");
    public static final Property orcid = Terms.property(NS, "orcid");
    public static final Property bibtexType = Terms.property(NS, "bibtexType");

    private DBLP() {
    }
}
