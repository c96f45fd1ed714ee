package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.vocab.FABIO;

/** The command line as users meet it: {@code execute(args)} with captured output and exit codes. */
class PublodCommandTest {
    private static final String BAD_AND_GOOD = "Prace konferencyjne\n"
            + "1.Nowak J., Good One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.1, 2019\n"
            + "2.Nowak J., Bad One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.9-2, 2019\n";

    @TempDir
    Path temp;

    private final CapturedCommandLine cli = new CapturedCommandLine();
    private final StringWriter out = cli.out();
    private final StringWriter err = cli.err();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void theBenchmarksAreOneCommandMarkedForDevelopers() {
        assertEquals(0, execute("--help"));
        String usage = out.toString();
        assertTrue(usage.matches("(?s).*\\bbench\\s+For developers.*"), usage);
        assertFalse(usage.contains("bench-"), "no benchmark beside the users' commands: " + usage);

        assertEquals(2, execute("bench"), "a benchmark must be named");
        assertTrue(err.toString().contains("read, map, fuzz, index or serve"), err.toString());
    }

    @Test
    void mapsTheExampleToEachFormat() {
        String[][] formats = {{"ttl", "ttl"}, {"nt", "nt"}, {"jsonld", "jsonld"}, {"rdfxml", "rdf"}, {"trig", "trig"}};
        for (String[] formatAndExtension : formats) {
            String format = formatAndExtension[0];
            Path output = temp.resolve("example." + formatAndExtension[1]);

            assertEquals(0, execute("map", "--format", format, "-o", output.toString(),
                    TestReports.example().toString()), err.toString());

            Model model = RDFDataMgr.loadDataset(output.toString()).getUnionModel();
            if (format.matches("ttl|nt|jsonld|rdfxml")) {
                model = RDFDataMgr.loadModel(output.toString());
            }
            assertEquals(3, model.listSubjectsWithProperty(RDF.type, FABIO.Expression).toList().size(), format);
        }
    }

    @Test
    void mapsToStandardOutputWhenNoFileIsGiven() {
        assertEquals(0, execute("map", "--format", "nt", TestReports.example().toString()), err.toString());

        Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(out.toString(), org.apache.jena.riot.Lang.NTRIPLES).parse(model);
        assertEquals(3, model.listSubjectsWithProperty(RDF.type, FABIO.Expression).toList().size());
    }

    @Test
    void publishReportsRejectionsWithFileLineAndReasonAndExitsWithThree() throws Exception {
        Path report = TestReports.write(temp, "mixed.txt", BAD_AND_GOOD);
        Path rejects = temp.resolve("rejects.txt");

        int exitCode = execute("publish", "--store", temp.resolve("store").toString(), "--rejects",
                rejects.toString(), report.toString());

        assertEquals(ExitCodes.ENTRIES_REJECTED, exitCode);
        assertTrue(out.toString().contains("rejected mixed.txt:3:\n"
                + "  mixed.txt:3: pages: the first page comes after the last (found \"9-2\")\n"), out.toString());
        assertTrue(out.toString().contains("mixed.txt: 2 entries read, 1 published, 1 rejected"), out.toString());
        assertEquals("# mixed.txt:3: pages: the first page comes after the last (found \"9-2\")\n"
                + "2.Nowak J., Bad One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.9-2, 2019\n\n",
                Files.readString(rejects));
    }

    @Test
    void aMissingReportIsAMessageNotAStackTrace() {
        int exitCode = execute("publish", "--store", temp.resolve("store").toString(), "no-such-report.txt");

        assertEquals(ExitCodes.INPUT, exitCode);
        assertEquals("publod: no-such-report.txt: no such report file\n", err.toString());
    }

    @Test
    void anInvalidQueryIsAMessageNotAStackTrace() {
        int exitCode = execute("query", "--store", temp.resolve("store").toString(), "SELECT WHERE {");

        assertEquals(ExitCodes.INPUT, exitCode);
        assertTrue(err.toString().startsWith("publod: the query is not valid SPARQL: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aWrongBaseIriIsAMessage() {
        int exitCode = execute("map", "--base", "not an iri", TestReports.example().toString());

        assertEquals(ExitCodes.INPUT, exitCode);
        assertEquals("publod: the base IRI must be an http(s) IRI ending in '/', found \"not an iri\"\n",
                err.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, execute("publish", "--no-such-option", "x.txt"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test
    void queryPrintsATableWithThePublodPrefixes() {
        String store = temp.resolve("store").toString();
        assertEquals(0, execute("publish", "--store", store, TestReports.example().toString()));
        out.getBuffer().setLength(0);

        assertEquals(0, execute("query", "--store", store,
                "SELECT ?year (COUNT(?p) AS ?n) { ?p a fabio:Expression ; fabio:hasPublicationYear ?year }"
                        + " GROUP BY ?year"));

        assertTrue(out.toString().contains("| \"2024\"^^xsd:gYear | 3 |"), out.toString());
    }
}
