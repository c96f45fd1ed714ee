package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.model.PublishedWork;
import org.publod.model.PublicationLink;
import org.publod.vocab.DBLP;
import org.publod.vocab.Resolvers;

/**
 * One test per way the linker decides a publication: accept by DOI, accept by score with a margin, review for a
 * near tie (on either side of the pairing), review between the thresholds, drop below them, and the preprint
 * rules. The records are indexed from a dump in dblp's RDF shape, as {@code link index} indexes dblp's own.
 */
class LinkerDecisionTest {
    private static final String AUTHORS = "Grabowska H., Lis T., Wróblewski D.";
    private static final String TITLE = "Shear wave elastography of layered hydrogel phantoms";

    @TempDir
    Path temp;

    private int indexes;

    private static DblpRecord record(String key, String title, int year, String venue, String doi) {
        List<DblpSignature> authors = new ArrayList<>();
        String[] names = {"Halina Grabowska", "Tomasz Lis", "Dariusz Wróblewski"};
        for (int i = 0; i < names.length; i++) {
            authors.add(new DblpSignature(i + 1, names[i], Optional.of("301/77" + i), Optional.empty()));
        }
        return new DblpRecord(key, title, year, venue, Optional.ofNullable(doi), authors);
    }

    /** Links against a real dblp index, built from a dump in dblp's RDF shape that holds {@code records}. */
    private LinkOutcome link(List<PublishedWork> publications, DblpRecord... records) {
        Path dump = temp.resolve("dblp-" + indexes + ".nt");
        Path directory = temp.resolve("index-" + indexes++);
        writeDump(dump, records);
        DblpIndexer.index(dump, directory, count -> { });
        try (DblpIndex index = DblpIndex.open(directory)) {
            Linker linker = new Linker(Optional.of(index), Optional.empty(), OrcidRegistry.empty(),
                    Optional.empty(), Curation.none(), Linker.Thresholds.DEFAULT);
            return linker.link(publications);
        }
    }

    /** Writes the records as dblp's dump does: each record's triples, then each of its signatures'. */
    private static void writeDump(Path file, DblpRecord... records) {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF dump = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
            dump.start();
            for (DblpRecord record : records) {
                Node publication = NodeFactory.createURI(record.url());
                dump.triple(Triple.create(publication, RDF.type.asNode(), dblp("Publication")));
                dump.triple(Triple.create(publication, dblp("title"), NodeFactory.createLiteralString(record.title())));
                dump.triple(Triple.create(publication, dblp("yearOfPublication"),
                        NodeFactory.createLiteralDT(Integer.toString(record.year()), XSDDatatype.XSDgYear)));
                dump.triple(Triple.create(publication, dblp("publishedIn"),
                        NodeFactory.createLiteralString(record.venue())));
                record.doi().ifPresent(doi -> dump.triple(Triple.create(publication, dblp("doi"),
                        NodeFactory.createURI(Resolvers.DOI + doi))));
                for (DblpSignature author : record.authors()) {
                    Node signature = NodeFactory.createBlankNode();
                    dump.triple(Triple.create(publication, dblp("hasSignature"), signature));
                    dump.triple(Triple.create(signature, dblp("signatureOrdinal"),
                            NodeFactory.createLiteralDT(Integer.toString(author.ordinal()), XSDDatatype.XSDinteger)));
                    dump.triple(Triple.create(signature, dblp("signatureDblpName"),
                            NodeFactory.createLiteralString(author.dblpName())));
                    author.pid().ifPresent(pid -> dump.triple(Triple.create(signature, dblp("signatureCreator"),
                            NodeFactory.createURI(Resolvers.DBLP_PERSON + pid))));
                    dump.triple(Triple.create(signature, dblp("signaturePublication"), publication));
                }
            }
            dump.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node dblp(String localName) {
        return NodeFactory.createURI(DBLP.NS + localName);
    }

    private List<PublishedWork> paper(String title) {
        return ReportEntries.read(temp, "Prace konferencyjne", ReportEntries.paper(1, AUTHORS, title, 2023));
    }

    private static List<String> linkedKeys(LinkOutcome outcome) {
        return outcome.linkset().publications().stream().map(PublicationLink::dblpKey).toList();
    }

    private static List<ReviewItem> publicationReview(LinkOutcome outcome) {
        return outcome.review().stream().filter(item -> item.kind().equals(Curation.PUBLICATION)).toList();
    }

    @Test
    void acceptsBySameDoiThoughDblpRetitledThePaper() {
        List<PublishedWork> article = ReportEntries.read(temp, "Publikacje w czasopismach", ReportEntries.article(1,
                AUTHORS, TITLE, "ULTRASONICS", "10.1016/j.ultras.2023.107011", 2023));
        LinkOutcome outcome = link(article, record("journals/ultrasonics/GrabowskaLW23",
                "Elastography in soft layered media: a phantom study.", 2023, "Ultrasonics",
                "10.1016/j.ultras.2023.107011"));
        assertEquals(List.of("journals/ultrasonics/GrabowskaLW23"), linkedKeys(outcome));
        PublicationLink link = outcome.linkset().publications().get(0);
        assertEquals(Confidence.DOI_MATCH.score(), link.evidence().score());
        assertEquals("title+year+authors", link.evidence().method());
        assertTrue(link.evidence().facts().contains("same DOI 10.1016/j.ultras.2023.107011"));
    }

    @Test
    void acceptsTheBestRecordWhenItLeadsTheRunnerUpByTheMargin() {
        DblpRecord paper = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        DblpRecord followUp = record("conf/ius/GrabowskaLW23a",
                "Shear wave elastography of layered hydrogel phantoms under compression.", 2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), paper, followUp);
        assertEquals(List.of("conf/ius/GrabowskaLW23"), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).isEmpty(), outcome.review().toString());
    }

    @Test
    void sendsANearTieBetweenTwoRecordsToReview() {
        DblpRecord proceedings = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        DblpRecord workshop = record("conf/ius/GrabowskaLW23w", TITLE + ".", 2023, "IUS Workshops", null);
        LinkOutcome outcome = link(paper(TITLE), proceedings, workshop);
        assertEquals(List.of(), linkedKeys(outcome));
        List<ReviewItem> review = publicationReview(outcome);
        assertEquals(2, review.size(), review.toString());
        assertTrue(review.get(0).evidence().contains("not accepted: only 0.00 ahead of dblp record"),
                review.get(0).evidence());
    }

    @Test
    void sendsTwoListedEntriesCompetingForOneRecordToReview() {
        List<PublishedWork> both = ReportEntries.read(temp, "Prace konferencyjne",
                ReportEntries.paper(1, AUTHORS, TITLE, 2023),
                "Streszczenia konferencyjne\n" + ReportEntries.paper(2, AUTHORS,
                        "Shear wave elastography of layered hydrogel phantom", 2023));
        assertEquals(2, both.size(), both.toString());
        LinkOutcome outcome = link(both, record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null));
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).get(0).evidence().contains("for the same record"),
                outcome.review().toString());
    }

    @Test
    void sendsAScoreBetweenTheThresholdsToReview() {
        DblpRecord related = record("conf/ius/GrabowskaLW23", "Shear wave imaging of layered gelatin tissue.",
                2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), related);
        assertEquals(List.of(), linkedKeys(outcome));
        ReviewItem item = publicationReview(outcome).get(0);
        assertTrue(item.score() >= Linker.Thresholds.DEFAULT.review() && item.score() < Linker.Thresholds.DEFAULT
                .accept(), item.toString());
        assertTrue(!item.evidence().contains("not accepted:"), item.evidence());
    }

    @Test
    void dropsARecordBelowTheReviewThreshold() {
        DblpRecord unrelated = record("conf/ius/GrabowskaLW23b", "Thermal drift of piezoelectric transducers.",
                2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), unrelated);
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).isEmpty(), outcome.review().toString());
    }

    @Test
    void neverAcceptsAnArxivPreprintForAVersionOfRecord() {
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR",
                "10.48550/arxiv.2305.11873");
        LinkOutcome outcome = link(paper(TITLE), preprint);
        assertEquals(List.of(), linkedKeys(outcome));
        assertTrue(publicationReview(outcome).get(0).evidence().contains("arXiv preprint"),
                outcome.review().toString());
    }

    @Test
    void acceptsTheVersionOfRecordOverAnIdenticalPreprint() {
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR", null);
        DblpRecord proceedings = record("conf/ius/GrabowskaLW23", TITLE + ".", 2023, "IUS", null);
        LinkOutcome outcome = link(paper(TITLE), preprint, proceedings);
        assertEquals(List.of("conf/ius/GrabowskaLW23"), linkedKeys(outcome));
    }

    @Test
    void acceptsAPreprintForAnEntryListedAsAPreprint() {
        List<PublishedWork> listed = ReportEntries.read(temp, "Publikacje w czasopismach", ReportEntries.article(1,
                AUTHORS, TITLE, "arXiv", "10.48550/arXiv.2305.11873", 2023));
        DblpRecord preprint = record("journals/corr/abs-2305-11873", TITLE + ".", 2023, "CoRR", null);
        assertEquals(List.of("journals/corr/abs-2305-11873"), linkedKeys(link(listed, preprint)));
    }
}
