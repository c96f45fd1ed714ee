package org.publod.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.Category;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;

/**
 * Groups a report's lines into entries: a numbered citation line, then its labelled blocks. It holds one entry
 * at a time, so a report of any length streams through it.
 */
final class EntrySplitter implements Iterator<RawEntry> {
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^(\\d{1,7})\\.\\s*");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final Pattern AFFILIATION_SHAPE = Pattern.compile("^\\S.{0,60}?\\p{Lu}\\p{Ll}?\\.\\s*-\\s*\\S.*$");

    private final String file;
    private final Iterator<String> lines;
    private final Consumer<Diagnostic> reportDiagnostics;
    private int lineNumber;
    private long entryNumber;
    private Optional<Category> heading = Optional.empty();
    private Builder current;
    private RawEntry next;

    EntrySplitter(String file, Iterator<String> lines, Consumer<Diagnostic> reportDiagnostics) {
        this.file = file;
        this.lines = lines;
        this.reportDiagnostics = reportDiagnostics;
    }

    @Override
    public boolean hasNext() {
        while (next == null && (lines.hasNext() || current != null)) {
            if (lines.hasNext()) {
                accept(lines.next());
            } else {
                next = current.build();
                current = null;
            }
        }
        return next != null;
    }

    @Override
    public RawEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawEntry entry = next;
        next = null;
        return entry;
    }

    private void accept(String rawLine) {
        lineNumber++;
        String line = Normalizer.normalize(stripByteOrderMark(rawLine), Normalizer.Form.NFC).stripTrailing();
        SourceLocation location = new SourceLocation(file, lineNumber);
        Matcher start = ENTRY_NUMBER.matcher(line);
        if (start.find() && startsEntry(start, line)) {
            entryNumber = Long.parseLong(start.group(1));
            if (current != null && current.repeatsCitation(line.substring(start.end()))) {
                current.addRaw(line); // some pages print the citation line twice; it is one entry
                return;
            }
            finishEntry();
            current = new Builder(location, heading);
            current.addText(line.substring(start.end()), location, line);
            return;
        }
        Optional<Labels.Heading> newHeading = Labels.heading(line);
        if (newHeading.isPresent()) {
            finishEntry();
            heading = newHeading.get().category();
            return;
        }
        if (current != null) {
            current.addText(line, location, line);
        } else if (!line.isBlank() && lineNumber > 1) {
            reportDiagnostics.accept(Diagnostic.warning(location, "report",
                    "line is neither a heading nor part of an entry, ignored", line.strip()));
        }
    }

    /**
     * A numbered line starts an entry when a name follows the number, or when it carries the next number in
     * sequence even if what follows is damaged, so that a broken entry is rejected rather than swallowed.
     */
    private boolean startsEntry(Matcher number, String line) {
        boolean nameFollows = number.end() < line.length()
                && (Character.isLetter(line.codePointAt(number.end())) || "'’".indexOf(line.charAt(number.end())) >= 0);
        long value = Long.parseLong(number.group(1));
        return nameFollows || value == entryNumber + 1;
    }

    private void finishEntry() {
        if (current != null) {
            next = current.build();
            current = null;
        }
    }

    private String stripByteOrderMark(String line) {
        return lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK ? line.substring(1) : line;
    }

    /** Collects one entry's lines, switching block at each label, inline or on its own line. */
    private static final class Builder {
        private final SourceLocation source;
        private final Optional<Category> heading;
        private final StringBuilder citation = new StringBuilder();
        private final List<String> abstractLines = new ArrayList<>();
        private final List<String> keywordLines = new ArrayList<>();
        private final List<RawEntry.Line> affiliationLines = new ArrayList<>();
        private final StringBuilder rawText = new StringBuilder();
        private Labels.Block block;
        private boolean blockInferred;

        Builder(SourceLocation source, Optional<Category> heading) {
            this.source = source;
            this.heading = heading;
        }

        boolean repeatsCitation(String text) {
            return block == null && text.strip().contentEquals(citation);
        }

        void addRaw(String wholeLine) {
            rawText.append(wholeLine).append('\n');
        }

        void addText(String text, SourceLocation location, String wholeLine) {
            addRaw(wholeLine);
            int from = 0;
            for (Labels.Label label : Labels.blockLabels(text)) {
                addToBlock(text.substring(from, label.start()), location);
                block = label.block();
                blockInferred = false;
                from = label.end();
            }
            addToBlock(text.substring(from), location);
        }

        private void addToBlock(String text, SourceLocation location) {
            String part = text.strip();
            if (block == null && citation.isEmpty()) {
                appendCitation(part);
                return;
            }
            if (block == null || blockInferred) {
                if (part.isEmpty() || part.contentEquals(citation)) {
                    return; // a blank line, or the citation printed twice
                }
                // Text after the citation without a label: affiliation lines by their shape, else the abstract.
                boolean affiliation = AFFILIATION_SHAPE.matcher(part).matches();
                if (block == null || affiliation) {
                    block = affiliation ? Labels.Block.AFFILIATIONS : Labels.Block.ABSTRACT;
                    blockInferred = true;
                }
            }
            switch (block) {
                case ABSTRACT -> abstractLines.add(part);
                case KEYWORDS -> keywordLines.add(part);
                case AFFILIATIONS -> {
                    if (!part.isEmpty()) {
                        affiliationLines.add(new RawEntry.Line(location, part));
                    }
                }
                default -> throw new IllegalStateException("unknown block " + block);
            }
        }

        private void appendCitation(String part) {
            if (part.isEmpty()) {
                return;
            }
            if (!citation.isEmpty()) {
                citation.append(' ');
            }
            citation.append(part);
        }

        RawEntry build() {
            return new RawEntry(source, heading, citation.toString(), abstractLines, keywordLines,
                    affiliationLines, rawText.toString().stripTrailing());
        }
    }
}
