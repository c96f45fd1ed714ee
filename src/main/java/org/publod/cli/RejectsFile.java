package org.publod.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.publod.PublodException;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.ReportRun;

/** Writes rejected entries as they were read, each preceded by its reasons as {@code #} lines, to fix and re-run. */
final class RejectsFile {
    private RejectsFile() {
    }

    static void write(Path file, List<ReportRun> runs) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ReportRun run : runs) {
                for (Rejection rejection : run.rejections()) {
                    for (var reason : rejection.reasons()) {
                        writer.write("# " + reason + "\n");
                    }
                    writer.write(rejection.rawText() + "\n\n");
                }
            }
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, file + ": cannot write the rejects file ("
                    + e.getMessage() + ")", e);
        }
    }
}
