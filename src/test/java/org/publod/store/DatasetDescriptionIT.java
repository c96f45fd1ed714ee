package org.publod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.cli.PublodCommand;
import org.publod.generate.ReportGenerator;
import org.publod.model.DatasetStatistics;
import org.publod.map.IriMinter;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.StoreSink;

/** The dataset's self-description and the provenance of each publication, queried from a real store. */
class DatasetDescriptionIT {
    @TempDir
    Path temp;

    @Test
    void theVoidSizeEqualsALiveCountAndEveryPublicationNamesItsSourceLine() throws Exception {
        Path store = temp.resolve("store");
        Path secondReport = Files.copy(TestReports.example(), temp.resolve("second-report.txt"));
        StringWriter err = new StringWriter();
        int exitCode = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("publish", "--store", store.toString(), TestReports.example().toString(),
                        secondReport.toString());
        assertEquals(0, exitCode, err.toString());

        try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
            List<QuerySolution> size = select(tdb2, Files.readString(Path.of("queries/dataset-size.rq")));
            List<QuerySolution> persons = select(tdb2, "SELECT ?described (COUNT(DISTINCT ?p) AS ?live) {"
                    + " { GRAPH ?d { ?part void:class schema:Person ; void:entities ?described } }"
                    + " GRAPH ?g { ?p a schema:Person } } GROUP BY ?described");
            List<QuerySolution> sources = select(tdb2, Files.readString(Path.of("queries/source-of-publications.rq")));

            assertEquals(1, size.size());
            assertEquals(size.get(0).getLiteral("live").getLong(), size.get(0).getLiteral("described").getLong());
            assertEquals(persons.get(0).getLiteral("live").getLong(), persons.get(0).getLiteral("described").getLong());
            assertEquals(List.of("ippt-example.txt:5", "ippt-example.txt:25", "ippt-example.txt:43",
                    "second-report.txt:5", "second-report.txt:25", "second-report.txt:43"),
                    sources.stream().map(r -> r.getLiteral("file").getString() + ":" + r.getLiteral("line").getInt())
                            .toList());
        }
    }

    /**
     * Publications one after another, each updating the stored description by what it changed, end with the same
     * counts as counting the whole store again: first reports into an empty store, a report that repeats another's
     * papers and people, a report published again unchanged, and a report replaced by different entries.
     */
    @ParameterizedTest(name = "graphs of up to {0} triples compared with their predecessor")
    @ValueSource(ints = {1_000_000, 0})
    void theDescriptionUpdatedPublicationByPublicationEqualsARecount(int diffLimit) throws Exception {
        Path store = temp.resolve("store");
        Path generated = temp.resolve("generated.txt");
        Path copy = Files.copy(TestReports.example(), temp.resolve("copy.txt"));
        List<List<Path>> publications = List.of(List.of(TestReports.example()), List.of(generated, copy),
                List.of(TestReports.example()), List.of(generated), List.of(copy, TestReports.example()));
        long seed = 1;
        List<String> checked = new ArrayList<>();
        for (List<Path> reports : publications) {
            generate(generated, seed++);
            try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
                GraphPublisher publisher = new GraphPublisher(tdb2, TestReports.description(), diffLimit, () -> { });
                for (Path report : reports) {
                    TestReports.pipeline().run(report, publisher::replaceGraph, RunListener.NONE);
                }
                DatasetStatistics updated = described(tdb2);
                DatasetStatistics recounted = statistics(publisher.recount());

                assertEquals(recounted.triples(), updated.triples(), "triples after " + reports);
                assertEquals(recounted.entitiesPerClass(), updated.entitiesPerClass(), "classes after " + reports);
                assertEquals(reports.size(), graphsOf(tdb2, reports), "report graphs");
                checked.add(reports.toString());
            }
        }
        assertEquals(publications.size(), checked.size());
    }

    /**
     * A report whose file name is not ASCII had its graph under a Unicode IRI before IRIs became ASCII; publishing
     * it again replaces that graph, as publishing a report always replaces its own, and the counts follow.
     */
    @Test
    void publishingAReportAgainRetiresTheGraphItHadUnderItsUnicodeIri() throws Exception {
        Path report = Files.copy(TestReports.example(), temp.resolve("raport-łódź.txt"));
        IriMinter iris = new IriMinter(TestReports.BASE);
        String unicodeGraph = iris.legacy().reportGraph("raport-łódź.txt");
        String asciiGraph = iris.reportGraph("raport-łódź.txt");
        try (Tdb2Store tdb2 = Tdb2Store.open(temp.resolve("store"))) {
            GraphPublisher earlierPublod = new GraphPublisher(tdb2, TestReports.description());
            earlierPublod.replaceGraph(unicodeGraph, List.of(TestReports.map(report).graph()).iterator());

            TestReports.pipeline().run(report, StoreSink.publishing(tdb2, TestReports.description()),
                    RunListener.NONE);

            assertEquals(0, triplesIn(tdb2, unicodeGraph), "the graph under the Unicode IRI is gone");
            assertTrue(triplesIn(tdb2, asciiGraph) > 0, "the report is under its ASCII IRI");
            assertEquals(statistics(new GraphPublisher(tdb2, TestReports.description()).recount()).triples(),
                    described(tdb2).triples());
        }
    }

    private static long triplesIn(PublodStore store, String graphIri) {
        ParameterizedSparqlString count = new ParameterizedSparqlString(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?graph { ?s ?p ?o } }");
        count.setIri("graph", graphIri);
        long[] triples = new long[1];
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(count.asQuery(), row -> triples[0] = row.getLiteral("n").getLong());
        }
        return triples[0];
    }

    /** How many of the reports' graphs hold exactly what the report maps to: proof the graph was replaced right. */
    private static long graphsOf(Tdb2Store store, List<Path> reports) {
        return reports.stream().filter(report -> {
            TestReports.MappedReport mapped = TestReports.map(report);
            Graph stored = GraphFactory.createDefaultGraph();
            try (RDFConnection connection = store.connect()) {
                connection.queryConstruct(SparqlQueries.parse("CONSTRUCT { ?s ?p ?o } { GRAPH <"
                        + mapped.run().graphIri() + "> { ?s ?p ?o } }")).getGraph().find().forEach(stored::add);
            }
            return withoutGenerationTime(stored).isIsomorphicWith(withoutGenerationTime(mapped.graph()));
        }).count();
    }

    private static Graph withoutGenerationTime(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(triple -> triple.getPredicate().getURI().endsWith("generatedAtTime"))
                .forEach(copy::add);
        return copy;
    }

    private static void generate(Path report, long seed) throws IOException {
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportGenerator(seed, 0.1).write(25, out);
        }
    }

    private static DatasetStatistics statistics(Model description) {
        return TestReports.description().read(description).orElseThrow();
    }

    /** The statistics the stored description states. */
    static DatasetStatistics described(PublodStore store) {
        try (RDFConnection connection = store.connect()) {
            return statistics(connection.queryConstruct(SparqlQueries.parse("CONSTRUCT { ?s ?p ?o } { GRAPH <"
                    + TestReports.description().graph() + "> { ?s ?p ?o } }")));
        }
    }

    private static List<QuerySolution> select(Tdb2Store store, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(SparqlQueries.parse(query), rows::add);
        }
        return rows;
    }
}
