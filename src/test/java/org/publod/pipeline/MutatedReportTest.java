package org.publod.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.publod.TestReports;
import org.publod.model.Diagnostic;

/**
 * Damaged entries never break a run: whatever is done to the middle entry's citation, no exception escapes,
 * every entry is counted once as published or rejected, and the intact entries around it are published.
 */
class MutatedReportTest {
    private static final String FIRST = "1.Nowak J.A., First Intact Paper, ICML, International Conference on "
            + "Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.1-10, 2024";
    private static final String MIDDLE = "Kowalska-Wiśniewska K., van der Berg P., A Title: With, Commas. And "
            + "Periods, Journal of Things, ISSN: 0020-7683, DOI: 10.1016/j.x.2024.1, Vol.3, No.2, pp.5-9, 2024";
    private static final String LAST = "3.Pióro M., Last Intact Paper, NeurIPS, Conference on Neural Information "
            + "Processing Systems, 2024-12-10/12-15, Vancouver (CA), pp.1, 2024";

    private static Path directory;
    private static Pipeline pipeline;

    @BeforeContainer
    static void setUp() throws IOException {
        directory = Files.createTempDirectory("publod-mutations");
        pipeline = TestReports.pipeline();
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Property
    void everyEntryIsPublishedOrRejectedAndTheIntactOnesArePublished(@ForAll("mutatedCitations") String middle)
            throws IOException {
        Path report = directory.resolve("mutated.txt");
        Files.writeString(report, String.join("\n", List.of("Ostatnie publikacje", FIRST, "2." + middle,
                "Afiliacje autorów:", "Kowalska-Wiśniewska K.-IPPT PAN", LAST)), StandardCharsets.UTF_8);

        ReportRun run = pipeline.run(report, GraphSink.DISCARD, RunListener.NONE);

        assertEquals(3, run.published() + run.rejections().size(), "entries counted once each");
        assertEquals(List.of(), run.rejections().stream().map(r -> r.source().line())
                .filter(line -> line != 3).toList(), "the intact entries are published");
    }

    @net.jqwik.api.Example
    void aPageNumberTooLongForALongRejectsOnlyItsEntry() throws IOException {
        Path report = directory.resolve("huge-page.txt");
        Files.writeString(report, String.join("\n", List.of("Ostatnie publikacje", FIRST,
                "2." + MIDDLE.replace("pp.5-9", "pp.015020-123456789012345678901234567890-12"), LAST)),
                StandardCharsets.UTF_8);

        ReportRun run = pipeline.run(report, GraphSink.DISCARD, RunListener.NONE);

        assertEquals(2, run.published());
        assertEquals(List.of("huge-page.txt:3: pages: the first page comes after the last (found \"015020-"
                        + "123456789012345678901234567890-12\")"),
                run.rejections().stream().flatMap(r -> r.reasons().stream()).filter(Diagnostic::isError)
                        .map(Object::toString).toList());
    }

    @Provide
    Arbitrary<String> mutatedCitations() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40)
                .map(text -> text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\u000B\\u000C]", " ")
                        // A report file is text: lone surrogates cannot be written to it at all.
                        .replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"));
        Arbitrary<Integer> position = Arbitraries.integers().between(0, MIDDLE.length());
        return Arbitraries.oneOf(
                position.map(cut -> MIDDLE.substring(0, cut)),
                Combinators.combine(position, noise).as((at, text) -> MIDDLE.substring(0, at) + text
                        + MIDDLE.substring(at)),
                Arbitraries.of(", ", ".", "-", "/", "(", ")", ":").flatMap(separator -> Arbitraries.of(
                        MIDDLE.replace(separator, separator + separator), MIDDLE.replace(separator, ""))),
                Arbitraries.integers().between(0, 10).map(field -> deleteField(MIDDLE, field)),
                Arbitraries.integers().between(10_000, 200_000).map(length -> MIDDLE + "x".repeat(length)),
                Combinators.combine(position, hugeNumbers()).as((at, digits) -> MIDDLE.substring(0, at) + digits
                        + MIDDLE.substring(at)),
                hugeNumbers().map(digits -> MIDDLE.replace("pp.5-9", "pp.015020-" + digits + "-12")),
                hugeNumbers().map(digits -> MIDDLE.replace("No.2", "No." + digits)),
                noise);
    }

    /** Digit strings from just beyond a long to far beyond it. */
    private static Arbitrary<String> hugeNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(300);
    }

    private static String deleteField(String citation, int field) {
        String[] fields = citation.split(", ");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i != field % fields.length) {
                kept.append(kept.isEmpty() ? "" : ", ").append(fields[i]);
            }
        }
        return kept.toString();
    }
}
