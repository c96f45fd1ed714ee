package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.generate.ReportGenerator;
import org.publod.store.Tdb2Store;
import org.publod.validate.ProfileValidator;
import org.publod.vocab.PROV;

/**
 * The streaming, parallel path publishes the same graph as publishing the report's entries one by one, each as
 * a report of its own, with one worker thread.
 */
class StreamingEquivalenceIT {
    private static final int ENTRIES = 300;

    @TempDir
    Path temp;

    @Test
    void theParallelStreamingRunEqualsEntryByEntryPublishing() {
        StringWriter text = new StringWriter();
        new ReportGenerator(11, 0.05).write(ENTRIES, text);
        Path report = TestReports.write(temp, "generated.txt", text.toString());

        Graph streamed = GraphFactory.createDefaultGraph();
        ReportRun run;
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            run = TestReports.pipeline().run(report, store::replaceGraph, RunListener.NONE);
            Node graph = NodeFactory.createURI(run.graphIri());
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().getGraph(graph).find()
                    .forEach(streamed::add));
        }
        Graph oneByOne = GraphFactory.createDefaultGraph();
        long published = 0;
        Pipeline sequential = new Pipeline(TestReports.settings(), ProfileValidator.bundled(),
                TestReports.FIXED_CLOCK, 1);
        List<String> entries = splitEntries(text.toString());
        for (int i = 0; i < entries.size(); i++) {
            Path single = TestReports.write(temp, "entry-" + i + ".txt", entries.get(i));
            published += sequential.run(single, (iri, parts) -> {
                parts.forEachRemaining(part -> part.find().forEach(oneByOne::add));
                return 0;
            }, RunListener.NONE).published();
        }

        assertEquals(ENTRIES, run.entriesRead());
        assertTrue(run.rejected() > 0, "the generated report has defective entries");
        assertEquals(run.published(), published);
        assertTrue(withoutProvenance(streamed).isIsomorphicWith(withoutProvenance(oneByOne)),
                "the streamed graph differs from the entry-by-entry graph");
    }

    /** Each entry of a generated report as a report of its own, under its section heading. */
    private static List<String> splitEntries(String report) {
        List<String> entries = new ArrayList<>();
        String heading = "";
        StringBuilder current = null;
        for (String line : report.split("\n", -1)) {
            if (line.matches("\\d+\\..*")) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(heading).append('\n');
            } else if (isHeading(line)) {
                if (current != null) {
                    entries.add(current.toString());
                    current = null;
                }
                heading = line;
                continue;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries;
    }

    private static boolean isHeading(String line) {
        return List.of("Prace konferencyjne", "Conference papers", "Publikacje w czasopismach", "Journal articles",
                "Abstrakty konferencyjne", "Conference abstracts", "Monografie", "Monographs",
                "Rozdziały w monografiach", "Chapters in monographs").contains(line.strip());
    }

    /** The graph without its source lines and graph provenance, which differ by construction. */
    private static Graph withoutProvenance(Graph graph) {
        Graph kept = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(t -> t.getPredicate().getURI().startsWith(PROV.NS)
                || t.getSubject().getURI().contains("/graph/") || t.getSubject().getURI().contains("/report/")
                || t.getSubject().getURI().contains("/software/")).forEach(kept::add);
        return kept;
    }
}
