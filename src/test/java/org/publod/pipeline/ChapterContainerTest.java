package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.FRBR;
import org.publod.vocab.SCHEMA;

/**
 * The book that holds a chapter is a {@code fabio:Book} (and a {@code fabio:ExpressionCollection}), and the
 * chapters in it are still published: the publication shapes take only monographs for books.
 */
class ChapterContainerTest {
    private static final String REPORT = """
            Monografie
            1.Zielińska K., Lindqvist E., Fatigue of Welded Aluminium Joints, Baltic Technical Press, 2023
            Rozdziały w monografiach
            1.Zielińska K., Crack Growth Under Variable Amplitude Loading, Advances in Structural Integrity, \
            pp.45-68, 2023
            2.Lindqvist E., Zielińska K., Residual Stress Measurement by Hole Drilling, Advances in Structural \
            Integrity, pp.69-90, 2023
            """;

    @Test
    void chaptersArePublishedInABookThatIsAFabioBook(@TempDir Path dir) {
        TestReports.MappedReport mapped = TestReports.map(TestReports.write(dir, "report.txt", REPORT));
        Model model = ModelFactory.createModelForGraph(mapped.graph());

        assertEquals(List.of(), mapped.run().rejections(), "rejections");
        assertEquals(3, mapped.run().published(), "published entries");
        Resource book = titled(model, "Advances in Structural Integrity");
        for (Resource type : List.of(FABIO.Expression, FABIO.Book, FABIO.ExpressionCollection, SCHEMA.Book)) {
            assertTrue(book.hasProperty(RDF.type, type), "the book holding the chapters is a " + type);
        }
        for (String chapter : List.of("Crack Growth Under Variable Amplitude Loading",
                "Residual Stress Measurement by Hole Drilling")) {
            Resource published = titled(model, chapter);
            assertTrue(published.hasProperty(RDF.type, FABIO.BookChapter), chapter + " is a chapter");
            assertTrue(published.hasProperty(FRBR.partOf, book), chapter + " is part of the book");
            assertTrue(published.hasProperty(SCHEMA.isPartOf, book), chapter + " is part of the book in schema.org");
        }
        Resource monograph = titled(model, "Fatigue of Welded Aluminium Joints");
        assertTrue(monograph.hasProperty(RDF.type, FABIO.Book), "the monograph is a fabio:Book");
        assertFalse(monograph.hasProperty(RDF.type, FABIO.ExpressionCollection),
                "the monograph is not a collection of other people's works");
    }

    private static Resource titled(Model model, String title) {
        List<Resource> found = model.listSubjectsWithProperty(DCTERMS.title, title).toList();
        assertEquals(1, found.size(), "resources titled " + title);
        return found.get(0);
    }
}
