package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fuzz bench as CI runs it: a small count of damaged entries, none of which may break out of its entry. */
class BenchFuzzIT {
    private static final Pattern SUMMARY = Pattern.compile("([\\d,]+) entries generated and damaged: ([\\d,]+) read, "
            + "([\\d,]+) published, ([\\d,]+) rejected; ([\\d,]+) escaped exceptions; read = published \\+ rejected: "
            + "(yes|NO)");

    @Test
    void twoThousandDamagedEntriesLetNoExceptionEscapeAndAreEachPublishedOrRejected() {
        CapturedCommandLine cli = new CapturedCommandLine();
        StringWriter out = cli.out();
        int exit = cli.execute("bench", "fuzz", "--entries", "2000", "--seed", "20260115", "--batch", "500",
                "--threads", "2");

        Matcher summary = SUMMARY.matcher(out.toString());
        assertTrue(summary.find(), out.toString());
        assertEquals(2000, number(summary.group(1)));
        long read = number(summary.group(2));
        long published = number(summary.group(3));
        long rejected = number(summary.group(4));
        assertEquals(0, number(summary.group(5)), out.toString());
        assertEquals("yes", summary.group(6));
        assertEquals(read, published + rejected);
        assertTrue(rejected > 100 && published > 100, "the damage rejects some entries and spares others: " + out);
        assertEquals(0, exit);
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }
}
