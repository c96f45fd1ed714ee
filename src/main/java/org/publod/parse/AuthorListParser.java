package org.publod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.AuthorName;

/**
 * Reads the author list at the start of a citation: "Surname I., Surname I.J., ..." up to the title.
 * No delimiter separates the last author from the title, so an author is whatever has the shape of a
 * surname followed by initials and a comma; the first segment without that shape starts the title.
 */
final class AuthorListParser {
    private static final String WORD = "[\\p{L}\\p{M}'’]+(?:-[\\p{L}\\p{M}'’]+)*";
    private static final String PARTICLE = "(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|ten|ter|al|el)";
    private static final String SURNAME = "(?:" + PARTICLE + " )*" + WORD + "(?: " + WORD + "){0,2}";
    private static final String SUFFIX = "(?:Jr|Sr|II|III|IV)\\.?";
    private static final String INITIALS = "\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\p{Ll}?\\.)*";
    private static final Pattern AUTHOR = Pattern.compile("(?<name>(?<surname>" + SURNAME + ")(?: (?<suffix>"
            + SUFFIX + "))? (?<initials>" + INITIALS + "))\\s*,\\s*");

    /** The authors found, and where in the citation the title starts. */
    record Result(List<AuthorName> authors, int titleStart) {
    }

    private AuthorListParser() {
    }

    static Result parse(String citation) {
        List<AuthorName> authors = new ArrayList<>();
        Matcher matcher = AUTHOR.matcher(citation);
        int position = 0;
        while (matcher.region(position, citation.length()).lookingAt()) {
            authors.add(name(matcher));
            position = matcher.end();
        }
        return new Result(authors, position);
    }

    /** Reads one name as listed, such as "Cygan M." on an affiliation line; empty if it has no such shape. */
    static Optional<AuthorName> parseName(String text) {
        Matcher matcher = AUTHOR.matcher(text.strip() + ",");
        return matcher.matches() ? Optional.of(name(matcher)) : Optional.empty();
    }

    private static AuthorName name(Matcher matcher) {
        String suffix = matcher.group("suffix");
        String surname = matcher.group("surname");
        String familyName = suffix == null ? surname : surname + " " + suffix;
        return new AuthorName(matcher.group("name"), familyName, matcher.group("initials").replace(" ", ""));
    }
}
