package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;

/** {@code publish} and {@code validate --store} report a DOI clash across reports, naming both entries. */
class ValidateCommandIT {
    private static final String HEADING = "Publikacje w czasopismach\n";

    @TempDir
    Path temp;

    private final CapturedCommandLine cli = new CapturedCommandLine();
    private final StringWriter out = cli.out();

    private int execute(String... args) {
        return cli.execute(args);
    }

    @Test
    void validateAgainstAStoreNamesTheEntryAlreadyPublishedWithTheSameDoi() {
        Path store = temp.resolve("store");
        Path first = TestReports.write(temp, "nowak.txt", HEADING
                + "1.Nowak J.A., Strain Localisation in Porous Metals, Archives of Mechanics, ISSN: 0373-2029, "
                + "DOI: 10.24423/aom.4101, pp.1-20, 2024 70p.\n");
        Path second = TestReports.write(temp, "kowalczyk.txt", HEADING
                + "1.Kowalczyk P., Thermal Fatigue of Welded Joints, Archives of Mechanics, ISSN: 0373-2029, "
                + "DOI: 10.24423/aom.4101, pp.21-40, 2024 70p.\n");
        assertEquals(ExitCodes.OK, execute("publish", "--store", store.toString(), first.toString()), out.toString());

        int validated = execute("validate", "--store", store.toString(), second.toString());
        int alone = execute("validate", second.toString());

        assertEquals(ExitCodes.ENTRIES_REJECTED, validated, out.toString());
        assertTrue(out.toString().contains("kowalczyk.txt:2: DOI: this DOI is already the DOI of another publication"),
                out.toString());
        assertTrue(out.toString().contains("from the entry at nowak.txt:2, already published"), out.toString());
        assertEquals(ExitCodes.WARNINGS_ONLY, alone, "without the store there is nothing to clash with");
    }
}
