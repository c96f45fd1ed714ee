package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** FaBiO, the FRBR-aligned Bibliographic Ontology (slash namespace, whatever a file prefix says). */
public final class FABIO {
    public static final String NS = "http://purl.org/spar/fabio/";

    public static final Resource Expression = Terms.resource(NS, "Expression");
    public static final Resource ProceedingsPaper = Terms.resource(NS, "ProceedingsPaper");
    public static final Resource ConferencePaper = Terms.resource(NS, "ConferencePaper");
    public static final Resource WorkshopPaper = Terms.resource(NS, "WorkshopPaper");
    public static final Resource Article = Terms.resource(NS, "Article");
    public static final Resource JournalArticle = Terms.resource(NS, "JournalArticle");
    public static final Resource Abstract = Terms.resource(NS, "Abstract");
    public static final Resource Book = Terms.resource(NS, "Book");
    public static final Resource Chapter = Terms.resource(NS, "Chapter");
    public static final Resource BookChapter = Terms.resource(NS, "BookChapter");
    public static final Resource Journal = Terms.resource(NS, "Journal");
    public static final Resource JournalVolume = Terms.resource(NS, "JournalVolume");
    public static final Resource JournalIssue = Terms.resource(NS, "JournalIssue");
    public static final Resource ExpressionCollection = Terms.resource(NS, "ExpressionCollection");
    public static final Resource Manifestation = Terms.resource(NS, "Manifestation");
    public static final Resource PrintObject = Terms.resource(NS, "PrintObject");
    public static final Property hasPublicationYear = Terms.property(NS, "hasPublicationYear");
    public static final Property hasSequenceIdentifier = Terms.property(NS, "hasSequenceIdentifier");
    public static final Property hasElectronicArticleIdentifier = Terms.property(NS,
            "hasElectronicArticleIdentifier");
    public static final Property hasPageCount = Terms.property(NS, "hasPageCount");

    private FABIO() {
    }
}
