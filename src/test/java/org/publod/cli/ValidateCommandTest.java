package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;

/** {@code publod validate}: grouped findings, the standard report, and one exit code per outcome. */
class ValidateCommandTest {
    private static final String NO_ABSTRACT = "Prace konferencyjne\n"
            + "1.Nowak J., A Paper, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.1, 2019\n";

    @TempDir
    Path temp;

    private final CapturedCommandLine cli = new CapturedCommandLine();
    private final StringWriter out = cli.out();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void aCompleteEntryConforms() {
        Path report = Path.of("src/test/resources/golden/conference-paper-named-affiliations/input.txt");

        assertEquals(ExitCodes.OK, execute("validate", report.toString()), out.toString());
        assertTrue(out.toString().contains("input.txt: 1 entries, 1 conform, 0 with violations, 0 warnings"));
    }

    @Test
    void theExampleConformsButForTwoSpellingsOfOneName() {
        assertEquals(ExitCodes.WARNINGS_ONLY, execute("validate", TestReports.example().toString()));

        assertTrue(out.toString().contains("ippt-example.txt:25\n  warning: ippt-example.txt:25: authors: "
                + "\"Odrzygóźdź T.\" differs from \"Odrzygoźdź T.\" (line 5) only in diacritics; probably one person "
                + "(found \"Odrzygóźdź T.\")\n"), out.toString());
        assertTrue(out.toString().contains("ippt-example.txt: 3 entries, 3 conform, 0 with violations, 1 warnings"));
    }

    @Test
    void aMissingAbstractIsAWarningOnly() {
        Path report = TestReports.write(temp, "plain.txt", NO_ABSTRACT);

        assertEquals(ExitCodes.WARNINGS_ONLY, execute("validate", report.toString()));

        assertTrue(out.toString().contains("plain.txt:2\n  warning: plain.txt:2: dcterms:abstract: The entry has no"
                + " abstract"), out.toString());
    }

    @Test
    void anRdfFileWithAnImpossibleYearHasAViolationNamedByItsSourceLineAndAStandardReport() {
        Path data = TestReports.write(temp, "bad.ttl", """
                @prefix fabio: <http://purl.org/spar/fabio/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                <https://example.org/p> a fabio:Expression , fabio:ProceedingsPaper , fabio:ConferencePaper ;
                    fabio:hasPublicationYear "20240"^^<http://www.w3.org/2001/XMLSchema#gYear> ;
                    prov:wasDerivedFrom <https://example.org/report/r.txt#line=3,4> .
                """);
        Path report = temp.resolve("report.ttl");

        assertEquals(ExitCodes.ENTRIES_REJECTED, execute("validate", "--report", report.toString(), data.toString()));

        assertTrue(out.toString().contains("<https://example.org/p> from https://example.org/report/r.txt#line=3,4\n"),
                out.toString());
        assertTrue(out.toString().contains("error: fabio:hasPublicationYear: The publication year must be"),
                out.toString());
        Model shacl = RDFDataMgr.loadModel(report.toString());
        assertTrue(shacl.contains(null, RDF.type, shacl.createResource("http://www.w3.org/ns/shacl#ValidationReport")));
    }
}
