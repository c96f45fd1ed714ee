package org.publod.parse;

import java.util.List;
import java.util.Objects;
import org.publod.model.Diagnostic;
import org.publod.model.Publication;
import org.publod.model.SourceLocation;

/** What reading one report entry gave: a publication, or a rejection that keeps the entry's raw text. */
public sealed interface ParsedEntry {

    SourceLocation source();

    List<Diagnostic> diagnostics();

    /** The entry's lines as read, for the run report and the rejects file. */
    String rawText();

    /** The entry was understood; its warnings are worth reporting but do not block it. */
    record Accepted(Publication publication, List<Diagnostic> diagnostics, String rawText) implements ParsedEntry {
        public Accepted {
            Objects.requireNonNull(publication, "publication");
            Objects.requireNonNull(rawText, "rawText");
            diagnostics = List.copyOf(diagnostics);
        }

        @Override
        public SourceLocation source() {
            return publication.source();
        }
    }

    /** The entry could not be understood; nothing of it is published, and its text is kept for the user. */
    record Rejected(SourceLocation source, String rawText, List<Diagnostic> diagnostics) implements ParsedEntry {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rawText, "rawText");
            diagnostics = List.copyOf(diagnostics);
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                throw new IllegalArgumentException("a rejected entry needs at least one error");
            }
        }
    }
}
