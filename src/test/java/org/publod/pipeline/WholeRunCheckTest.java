package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;
import org.publod.model.Diagnostic;

/** The checks across the entries of one run: every finding names both entries, and read = published + rejected. */
class WholeRunCheckTest {
    private static final String HEADING = "Publikacje w czasopismach\n";

    @TempDir
    Path temp;

    @Test
    void rejectsTheLaterOfTwoPublicationsWithOneDoiNamingBothEntries() {
        Path report = TestReports.write(temp, "nowak-2024.txt", HEADING
                + "1.Nowak J.A., Strain Localisation in Porous Metals, Archives of Mechanics, ISSN: 0373-2029, "
                + "DOI: 10.24423/aom.4101, pp.1-20, 2024 70p.\n"
                + "2.Nowak J.A., Kowalczyk P., Thermal Fatigue of Welded Joints, Archives of Mechanics, "
                + "ISSN: 0373-2029, DOI: 10.24423/aom.4101, pp.21-40, 2024 70p.\n");
        List<Rejection> rejections = new ArrayList<>();

        ReportRun run = TestReports.pipeline().run(report, GraphSink.DISCARD, new RunListener() {
            @Override
            public void rejected(Rejection rejection) {
                rejections.add(rejection);
            }
        });

        assertEquals(1, run.published());
        assertEquals(1, run.rejected());
        assertEquals(2, run.entriesRead());
        Rejection rejection = rejections.get(0);
        assertEquals("nowak-2024.txt:3", rejection.source().toString());
        Diagnostic reason = rejection.reasons().get(0);
        assertEquals("DOI", reason.field());
        assertEquals("10.24423/aom.4101", reason.found().orElseThrow());
        assertTrue(reason.problem().contains("the entry at nowak-2024.txt:2"), reason.problem());
        assertTrue(reason.problem().contains("Strain Localisation in Porous Metals"), reason.problem());
    }

    @Test
    void warnsOfOneJournalUnderTwoNamesNamingBothEntries() {
        Path report = TestReports.write(temp, "nowak-2025.txt", HEADING
                + "1.Nowak J.A., Strain Localisation in Porous Metals, Archives of Mechanics, ISSN: 0373-2029, "
                + "pp.1-20, 2025 70p.\n"
                + "2.Nowak J.A., Thermal Fatigue of Welded Joints, ARCHIVES OF MECHANICS, ISSN: 0373-2029, "
                + "pp.21-40, 2025 70p.\n"
                + "3.Nowak J.A., Creep of Polymer Foams, Archiwum Mechaniki Stosowanej, ISSN: 0373-2029, "
                + "pp.41-60, 2025 70p.\n");
        List<Diagnostic> warnings = new ArrayList<>();

        ReportRun run = TestReports.pipeline().run(report, GraphSink.DISCARD, new RunListener() {
            @Override
            public void warned(Diagnostic warning) {
                warnings.add(warning);
            }
        });

        assertEquals(3, run.published());
        List<Diagnostic> journal = warnings.stream().filter(warning -> warning.field().equals("journal")).toList();
        assertEquals(1, journal.size(), "capitals alone are not another name: " + journal);
        assertEquals("nowak-2025.txt:4", journal.get(0).location().toString());
        assertEquals("Archiwum Mechaniki Stosowanej", journal.get(0).found().orElseThrow());
        assertTrue(journal.get(0).problem().contains("\"Archives of Mechanics\" by the entry at nowak-2025.txt:2"),
                journal.get(0).problem());
    }
}
