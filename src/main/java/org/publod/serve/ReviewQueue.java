package org.publod.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * The review file {@code publod link} writes (columns {@code decision,kind,subject,target,score,method,evidence}):
 * the candidates that wait for a curator (no decision yet), and how many were accepted and rejected.
 *
 * @param waiting the rows without a decision, in file order
 * @param accepted how many rows say accept
 * @param rejected how many rows say reject
 */
record ReviewQueue(List<Row> waiting, long accepted, long rejected) {
    private static final List<String> COLUMNS = List.of("decision", "kind", "subject", "target", "score", "method",
            "evidence");

    ReviewQueue {
        waiting = List.copyOf(waiting);
    }

    int waitingCount() {
        return waiting.size();
    }

    /**
     * One candidate link.
     *
     * @param kind publication or person
     * @param subject what would be linked, as listed
     * @param target what it would be linked to
     * @param score the matcher's score
     * @param method how it was found
     * @param evidence the facts, in words
     */
    record Row(String kind, String subject, String target, String score, String method, String evidence) {
    }

    /** Reads a review file; a missing file or column is an input error naming the file. */
    static ReviewQueue read(Path file) {
        List<Row> waiting = new ArrayList<>();
        long accepted = 0;
        long rejected = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            var parser = format.parse(in);
            List<String> missing = COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new PublodException(ErrorCode.INPUT, file.getFileName() + ":1: the review file lacks the "
                        + "columns " + String.join(", ", missing) + " (found \"" + String.join(",",
                        parser.getHeaderNames()) + "\")");
            }
            for (CSVRecord row : parser) {
                String decision = row.get("decision").toLowerCase(Locale.ROOT);
                if (decision.equals("accept")) {
                    accepted++;
                } else if (decision.equals("reject")) {
                    rejected++;
                } else {
                    waiting.add(new Row(row.get("kind"), row.get("subject"), row.get("target"), row.get("score"),
                            row.get("method"), row.get("evidence")));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new PublodException(ErrorCode.INPUT, "cannot read the review file " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
        return new ReviewQueue(waiting, accepted, rejected);
    }
}
