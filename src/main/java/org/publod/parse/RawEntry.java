package org.publod.parse;

import java.util.List;
import java.util.Optional;
import org.publod.model.Category;
import org.publod.model.SourceLocation;

/**
 * The lines of one entry, split into its citation and its labelled blocks, before any field is interpreted.
 *
 * @param source the citation line's location
 * @param heading the category heading the entry stands under, if a known one
 * @param citation the citation text without its entry number
 * @param abstractLines the lines of the abstract block
 * @param keywordLines the lines of the keywords block
 * @param affiliationLines the affiliation lines, each with its location
 * @param rawText the entry exactly as read, for the rejects file
 */
record RawEntry(SourceLocation source, Optional<Category> heading, String citation, List<String> abstractLines,
                List<String> keywordLines, List<Line> affiliationLines, String rawText) {

    /** One line of a report with its location. */
    record Line(SourceLocation location, String text) {
    }
}
