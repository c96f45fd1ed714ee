package org.publod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.publod.TestReports;
import org.publod.generate.ReportGenerator;
import org.publod.model.DatasetStatistics;

/**
 * A process killed between writing a report's graph and writing the dataset description leaves a store whose
 * description states the right counts: the two change in one transaction, so the store holds the old report with
 * the old counts. Into an empty store, where the bulk load has a transaction of its own, it holds the report and
 * no description, and the next publication counts the store instead of updating what is not there.
 */
class DescriptionCrashIT {
    private static final int COMPARE_ALL = 1_000_000;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "graphs of up to {0} triples compared with their predecessor")
    @ValueSource(ints = {COMPARE_ALL, 0})
    void aPublicationKilledBeforeItsDescriptionLeavesTheOldReportWithTheOldCounts(int diffLimit) throws Exception {
        Path store = temp.resolve("store");
        Path weekly = generate("weekly.txt", 1);
        publish(store, diffLimit, "finish", TestReports.example(), weekly);
        Graph lastWeek;
        try (Tdb2Store published = Tdb2Store.open(copy(store, temp.resolve("last-week")))) {
            lastWeek = stored(published, weekly);
        }
        generate("weekly.txt", 2);

        assertEquals(PublicationThatHalts.HALTED, publish(store, diffLimit, "halt", weekly));

        try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
            Graph stored = stored(tdb2, weekly);
            assertTrue(stored.isIsomorphicWith(lastWeek), () -> "last week's report, whole; missing "
                    + difference(lastWeek, stored) + ", unexpected " + difference(stored, lastWeek));
            assertCountsAreThoseOfARecount(tdb2, DatasetDescriptionIT.described(tdb2));
        }
    }

    @Test
    void aFirstLoadKilledBeforeItsDescriptionIsCountedByTheNextPublication() throws Exception {
        Path store = temp.resolve("store");

        assertEquals(PublicationThatHalts.HALTED, publish(store, COMPARE_ALL, "halt", generate("first.txt", 3)));

        try (Tdb2Store tdb2 = Tdb2Store.open(copy(store, temp.resolve("copy")))) {
            assertFalse(tdb2.isEmpty(), "the bulk load was committed");
            assertFalse(hasDescription(tdb2), "no description, rather than a wrong one");
        }
        publish(store, COMPARE_ALL, "finish", TestReports.example());
        try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
            assertCountsAreThoseOfARecount(tdb2, DatasetDescriptionIT.described(tdb2));
        }
    }

    private static void assertCountsAreThoseOfARecount(Tdb2Store tdb2, DatasetStatistics described) {
        DatasetStatistics recounted = TestReports.description()
                .read(new GraphPublisher(tdb2, TestReports.description()).recount()).orElseThrow();
        assertNotEquals(0, recounted.triples());
        assertEquals(recounted.triples(), described.triples(), "triples");
        assertEquals(recounted.entitiesPerClass(), described.entitiesPerClass(), "instances per class");
    }

    private static List<String> difference(Graph graph, Graph without) {
        return graph.find().filterDrop(without::contains).mapWith(Object::toString).toList().stream().limit(5)
                .toList();
    }

    private static Graph stored(Tdb2Store tdb2, Path report) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                "CONSTRUCT { ?s ?p ?o } { GRAPH ?graph { ?s ?p ?o } }");
        query.setIri("graph", TestReports.BASE + "graph/" + report.getFileName());
        try (RDFConnection connection = tdb2.connect()) {
            return connection.queryConstruct(query.asQuery()).getGraph();
        }
    }

    private static boolean hasDescription(Tdb2Store tdb2) {
        ParameterizedSparqlString query = new ParameterizedSparqlString("ASK { GRAPH ?graph { ?s ?p ?o } }");
        query.setIri("graph", TestReports.description().graph());
        try (RDFConnection connection = tdb2.connect()) {
            return connection.queryAsk(query.asQuery());
        }
    }

    /** A copy of a store: this process keeps a store it opened locked, and the next process must open it. */
    private static Path copy(Path directory, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(directory.relativize(file).toString()));
            }
        }
        return target;
    }

    /** Runs {@link PublicationThatHalts} in a JVM of its own; returns its exit code. */
    private int publish(Path store, int diffLimit, String mode, Path... reports) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), PublicationThatHalts.class.getName(),
                store.toString(), Integer.toString(diffLimit), mode));
        for (Path report : reports) {
            command.add(report.toString());
        }
        Path log = temp.resolve("publication.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the publication ended");
        int expected = mode.equals("halt") ? PublicationThatHalts.HALTED : 0;
        assertEquals(expected, process.exitValue(), Files.readString(log));
        return process.exitValue();
    }

    private Path generate(String fileName, long seed) throws IOException {
        Path report = temp.resolve(fileName);
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new ReportGenerator(seed, 0.0).write(20, out);
        }
        return report;
    }
}
