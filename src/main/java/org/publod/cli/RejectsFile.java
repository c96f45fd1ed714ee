package org.publod.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.publod.PublodException;
import org.publod.model.Diagnostic;
import org.publod.pipeline.Rejection;
import org.publod.pipeline.RunListener;

/**
 * Writes each rejected entry as it was read, preceded by its reasons as {@code #} lines, ready to fix and publish
 * again. Entries are written as they are rejected, so a large run keeps none of them in memory.
 */
final class RejectsFile implements RunListener, AutoCloseable {
    private final Path file;
    private final Writer writer;

    private RejectsFile(Path file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    static RejectsFile create(Path file) {
        try {
            return new RejectsFile(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, file + ": cannot write the rejects file ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        try {
            for (Diagnostic reason : rejection.reasons()) {
                writer.write("# " + reason + "\n");
            }
            writer.write(rejection.rawText() + "\n\n");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": write failed", e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": close failed", e);
        }
    }
}
