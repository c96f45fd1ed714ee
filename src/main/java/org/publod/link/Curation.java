package org.publod.link;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.publod.PublodException;

/**
 * The curator's side of linking. The review file lists uncertain candidates with an empty {@code decision}
 * column; a curator writes {@code accept} or {@code reject} there and hands the file back as the decisions file.
 * Each row is keyed by the IRI of what it decides on, a publication or an authorship (one listed author of one
 * publication), and by its target, so a decision survives re-publication and re-linking for as long as the
 * publication keeps its IRI; the {@code label} column is only for the curator to read. Decisions are applied on
 * every run and always win over the matcher.
 */
public final class Curation {
    static final String PUBLICATION = "publication";
    static final String AUTHORSHIP = "authorship";
    private static final String[] HEADER = {"decision", "kind", "subject", "label", "target", "score", "method",
        "evidence"};

    /** A curator's verdict on one candidate. */
    public enum Decision {
        ACCEPT, REJECT
    }

    private final Map<String, Decision> decisions;

    private Curation(Map<String, Decision> decisions) {
        this.decisions = Map.copyOf(decisions);
    }

    public static Curation none() {
        return new Curation(Map.of());
    }

    /**
     * Reads a decisions file: rows without a decision are ignored; any other word, another kind or a subject that
     * is not an IRI is an input error naming its line.
     */
    public static Curation read(Path file) {
        Map<String, Decision> decisions = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            for (CSVRecord row : format.parse(in)) {
                String word = row.get("decision").toLowerCase(Locale.ROOT);
                if (word.isEmpty()) {
                    continue;
                }
                String where = file.getFileName() + ":" + (row.getRecordNumber() + 1);
                if (!word.equals("accept") && !word.equals("reject")) {
                    throw new PublodException(PublodException.ErrorCode.INPUT, where
                            + ": decision: write accept or reject (found \"" + word + "\")");
                }
                String kind = row.get("kind").toLowerCase(Locale.ROOT);
                if (!kind.equals(PUBLICATION) && !kind.equals(AUTHORSHIP)) {
                    throw new PublodException(PublodException.ErrorCode.INPUT, where + ": kind: write "
                            + PUBLICATION + " or " + AUTHORSHIP + " (found \"" + kind + "\")");
                }
                if (!row.get("subject").matches("https?://\\S+")) {
                    throw new PublodException(PublodException.ErrorCode.INPUT, where + ": subject: the IRI of the "
                            + kind + ", as the review file gives it (found \"" + row.get("subject") + "\")");
                }
                decisions.put(key(kind, row.get("subject"), row.get("target")),
                        Decision.valueOf(word.toUpperCase(Locale.ROOT)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the decisions file " + file
                    + ": " + e.getMessage(), e);
        }
        return new Curation(decisions);
    }

    /** Writes {@code items} as a review file, decision column empty. */
    public static void writeReview(Path file, List<ReviewItem> items) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (ReviewItem item : items) {
                printer.printRecord("", item.kind(), item.subject(), item.label(), item.target(),
                        String.format(Locale.ROOT, "%.3f", item.score()), item.method(), item.evidence());
            }
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot write the review file " + file, e);
        }
    }

    Optional<Decision> decision(String kind, String subject, String target) {
        return Optional.ofNullable(decisions.get(key(kind, subject, target)));
    }

    boolean rejected(String kind, String subject, String target) {
        return decision(kind, subject, target).filter(decision -> decision == Decision.REJECT).isPresent();
    }

    /** The targets a curator accepted for {@code subject}. */
    List<String> accepted(String kind, String subject) {
        String prefix = key(kind, subject, "");
        return decisions.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix) && entry.getValue() == Decision.ACCEPT)
                .map(entry -> entry.getKey().substring(prefix.length())).sorted().toList();
    }

    /** How reports name one person: the name as listed, NFC, case-folded, spaces collapsed. */
    static String personKey(String listedName) {
        return Normalizer.normalize(listedName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    private static String key(String kind, String subject, String target) {
        return kind.strip().toLowerCase(Locale.ROOT) + "\t" + subject.strip() + "\t" + target.strip();
    }
}
