package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.publod.TestReports;

/** Every output format reads back to the same graph; JSON-LD is compact, with the profile's terms. */
class RdfFileSinkTest {
    private static final Path REPORT = Path.of("src/test/resources/golden/journal-articles/input.txt");

    @ParameterizedTest
    @EnumSource(RdfFileSink.Format.class)
    void writesAGraphThatReadsBackIsomorphic(RdfFileSink.Format format) {
        Graph expected = TestReports.map(REPORT).graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TestReports.pipeline().run(REPORT, new RdfFileSink(out, format), RunListener.NONE);

        Dataset read = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(language(format)).parse(read);
        Graph actual = GraphFactory.createDefaultGraph();
        read.asDatasetGraph().find().forEachRemaining(quad -> actual.add(quad.asTriple()));
        assertTrue(expected.isIsomorphicWith(actual), format + " does not read back to the mapped graph");
    }

    @ParameterizedTest
    @EnumSource(value = RdfFileSink.Format.class, names = "JSONLD")
    void writesCompactJsonLdWithTheProfileContext(RdfFileSink.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TestReports.pipeline().run(REPORT, new RdfFileSink(out, format), RunListener.NONE);

        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"@context\""), json.substring(0, 80));
        assertTrue(json.contains("\"authorPosition\""), "uses the context's terms");
        assertTrue(!json.contains("\"http://schema.org/name\""), "no expanded IRIs where a term exists");
    }

    private static Lang language(RdfFileSink.Format format) {
        return switch (format) {
            case TTL -> Lang.TURTLE;
            case NT -> Lang.NTRIPLES;
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
