package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publod.TestReports;
import org.publod.vocab.PrefixMappings;

/**
 * Golden cases: {@code golden/<case>/input.txt} maps to {@code golden/<case>/expected.ttl}, compared as graphs.
 * Run with {@code -Dpublod.golden.update=true} to rewrite the expected files after a deliberate change, then
 * read the diff before committing it.
 */
class GoldenMappingTest {
    private static final Path GOLDEN = TestReports.GOLDEN;

    static Stream<String> cases() throws IOException {
        return TestReports.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsInputToExpectedGraph(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        Graph actual = TestReports.map(dir.resolve("input.txt")).graph();
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("publod.golden.update")) {
            actual.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD);
            try (var out = Files.newOutputStream(expectedFile)) {
                RDFWriter.source(actual).format(RDFFormat.TURTLE_PRETTY).output(out);
            }
        }
        Graph expected = RDFDataMgr.loadGraph(expectedFile.toString());
        if (!expected.isIsomorphicWith(actual)) {
            fail(name + ": the mapping differs from " + expectedFile + "\nmissing:\n" + difference(expected, actual)
                    + "\nunexpected:\n" + difference(actual, expected));
        }
    }

    private static String difference(Graph left, Graph right) {
        List<Triple> missing = left.find().filterDrop(right::contains).toList();
        StringBuilder text = new StringBuilder();
        missing.stream().map(Triple::toString).sorted().forEach(t -> text.append("  ").append(t).append('\n'));
        return text.toString();
    }
}
