package org.publod.map;

import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.Book;
import org.publod.model.Journal;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.FOAF;
import org.publod.vocab.FRBR;
import org.publod.vocab.PRISM;
import org.publod.vocab.SCHEMA;

/**
 * What a publication is part of: article to issue to volume to journal, chapter to book, each link stated in
 * FRBR ({@code frbr:partOf}) and in schema.org ({@code schema:isPartOf}). A missing volume or issue is skipped:
 * an article published online first is part of its journal directly.
 */
final class ContainerNodes {
    private final MintedNodes nodes;

    ContainerNodes(MintedNodes nodes) {
        this.nodes = nodes;
    }

    void addJournal(Resource article, Journal journal) {
        Model model = article.getModel();
        Function<IriMinter, String> journalIri = minter -> minter.journal(journal);
        Resource container = titled(nodes.node(model, journalIri), journal.title())
                .addProperty(RDF.type, FABIO.Expression)
                .addProperty(RDF.type, FABIO.Journal)
                .addProperty(RDF.type, SCHEMA.Periodical);
        journal.issn().ifPresent(issn -> {
            container.addProperty(PRISM.issn, issn.value()).addProperty(SCHEMA.issn, issn.value());
            IdentifierNodes.add(container, nodes.node(model, minter -> minter.identifier(journalIri.apply(minter),
                    "issn")), IdentifierNodes.Scheme.ISSN, issn.value());
        });
        Resource parent = container;
        Function<IriMinter, String> parentIri = journalIri;
        if (journal.volume().isPresent()) {
            String volume = journal.volume().get();
            parentIri = minter -> minter.volume(journalIri.apply(minter), volume);
            parent = numberedPart(nodes.node(model, parentIri), parent, FABIO.JournalVolume,
                    SCHEMA.PublicationVolume, SCHEMA.volumeNumber, volume);
        }
        if (journal.issue().isPresent()) {
            String issue = journal.issue().get();
            Function<IriMinter, String> containerIri = parentIri;
            parent = numberedPart(nodes.node(model, minter -> minter.issue(containerIri.apply(minter), issue)), parent,
                    FABIO.JournalIssue, SCHEMA.PublicationIssue, SCHEMA.issueNumber, issue);
        }
        partOf(article, parent);
        // FaBiO's term for "a local identifier for an article within an electronic periodical issue"; schema.org
        // and PRISM 2.0 have none (see docs/PROFILE.md).
        journal.articleNumber().ifPresent(number -> article.addProperty(FABIO.hasElectronicArticleIdentifier,
                number));
    }

    void addBook(Resource publication, Book book) {
        Model model = publication.getModel();
        // The book holding a chapter is a book, and a collection of other people's works, not a monograph publod
        // publishes: FaBiO's ExpressionCollection says so, and keeps the monograph shapes off it (pshape:Monographs).
        book.title().ifPresent(title -> partOf(publication, titled(nodes.node(model, minter -> minter.book(title)),
                title).addProperty(RDF.type, FABIO.Expression)
                        .addProperty(RDF.type, FABIO.Book)
                        .addProperty(RDF.type, FABIO.ExpressionCollection)
                        .addProperty(RDF.type, SCHEMA.Book)));
        book.pageCount().ifPresent(count -> publication
                .addProperty(FABIO.hasPageCount, count.toString(), XSDDatatype.XSDpositiveInteger)
                .addProperty(SCHEMA.numberOfPages, count.toString(), XSDDatatype.XSDinteger));
        book.publisher().ifPresent(name -> publication.addProperty(SCHEMA.publisher,
                nodes.node(model, minter -> minter.organization(name))
                        .addProperty(RDF.type, SCHEMA.Organization)
                        .addProperty(RDF.type, FOAF.Organization)
                        .addProperty(SCHEMA.name, name)
                        .addProperty(FOAF.name, name)));
    }

    /** A volume or an issue: typed in both vocabularies, numbered in both, and part of its parent. */
    private static Resource numberedPart(Resource part, Resource parent, Resource fabioType, Resource schemaType,
                                         Property schemaNumber, String number) {
        part.addProperty(RDF.type, FABIO.Expression)
                .addProperty(RDF.type, fabioType)
                .addProperty(RDF.type, schemaType)
                .addProperty(FABIO.hasSequenceIdentifier, number)
                .addProperty(schemaNumber, number);
        partOf(part, parent);
        return part;
    }

    private static Resource titled(Resource resource, String title) {
        return resource.addProperty(DCTERMS.title, title).addProperty(SCHEMA.name, title);
    }

    private static void partOf(Resource part, Resource whole) {
        part.addProperty(FRBR.partOf, whole).addProperty(SCHEMA.isPartOf, whole);
    }
}
