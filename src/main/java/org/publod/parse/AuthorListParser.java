package org.publod.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.AuthorName;

/**
 * Reads the author list at the start of a citation: "Surname I., Surname I.J., ..." up to the title.
 * No delimiter separates the last author from the title, so an author is a comma-separated segment with the
 * shape of a surname, an optional suffix ("Jr", "II") and initials, possibly followed by a footnote marker.
 * Where a segment without that shape is followed by one with it, the segment is an author publod cannot read,
 * not the start of the title: the list is reported instead of being cut short there.
 */
final class AuthorListParser {
    private static final String LETTERS = "[\\p{L}\\p{M}'’]+";
    private static final String WORD = LETTERS + "(?:-" + LETTERS + ")*";
    private static final String PARTICLE = "(?:van|von|der|den|de|del|della|di|da|du|dos|das|le|la|ten|ter|al|el)";
    private static final String SUFFIX = "(?:Jr|Sr|II|III|IV)\\.?";
    /** A suffix is never a word of the surname, so that "Smith Jr J." reads as Smith, suffix Jr. */
    private static final String SURNAME = "(?:" + PARTICLE + " )*" + WORD + "(?: (?!" + SUFFIX + " )" + WORD
            + "){0,2}";
    private static final String INITIALS = "\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\p{Ll}?\\.)*";
    /** Footnote markers printed after the initials: symbols, superscripts, or one letter or digit set close. */
    private static final String MARKER = "\\s?[*†‡§#¹²³⁰⁴⁵⁶⁷⁸⁹]+|[\\p{Ll}\\d]{1,2}";
    private static final Pattern AUTHOR = Pattern.compile("(?<surname>" + SURNAME + ")(?: (?<suffixBefore>"
            + SUFFIX + "))? (?<initials>" + INITIALS + ")(?: (?<suffixAfter>" + SUFFIX + "))?(?<marker>"
            + MARKER + ")?");
    private static final Pattern SUFFIX_ALONE = Pattern.compile(SUFFIX);
    /** An author in a form publod does not read: initials first, initials without periods. */
    private static final Pattern OTHER_NAME_FORM = Pattern.compile("(?:" + INITIALS + " ?" + SURNAME + ")|(?:"
            + SURNAME + " \\p{Lu}{1,3})");
    /** A lone capitalised word or two, as an author printed without initials would be. */
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-" + LETTERS + ")*";
    private static final Pattern BARE_SURNAME = Pattern.compile("(?:" + PARTICLE + " )*" + CAPITALISED + "(?: "
            + CAPITALISED + ")?");
    private static final Pattern MARKER_CHARS = Pattern.compile("^[*†‡§#¹²³⁰⁴⁵⁶⁷⁸⁹]+");
    /** Longer segments are never names; the bound also keeps the patterns fast on damaged lines. */
    private static final int LONGEST_NAME = 80;
    /** How many unreadable segments in a row may stand between two authors. */
    private static final int MAX_GAP = 3;

    /** Something worth telling the user about one author token or the title's start. */
    record Finding(boolean error, String field, String problem, String token) {
    }

    /** The authors found, where in the citation the title starts, and what was odd on the way. */
    record Result(List<AuthorName> authors, int titleStart, List<Finding> findings) {
    }

    /** One comma-separated piece of the citation, with where it starts and where the next one starts. */
    private record Segment(String text, int start, int next) {
    }

    private AuthorListParser() {
    }

    static Result parse(String citation) {
        List<AuthorName> authors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Segment> segments = segments(citation, 0, MAX_GAP + 2);
        while (!segments.isEmpty()) {
            Optional<AuthorName> author = author(segments.get(0).text(), findings);
            if (author.isPresent()) {
                Segment taken = segments.get(0);
                int next = taken.next();
                AuthorName name = author.get();
                if (segments.size() > 1 && name.suffix().isEmpty()
                        && SUFFIX_ALONE.matcher(segments.get(1).text()).matches()) {
                    // "Smith J., Jr.": the suffix printed as a segment of its own
                    name = new AuthorName(citation.substring(taken.start(), segments.get(1).start()) + segments
                            .get(1).text(), name.familyName(), name.initials(), Optional.of(segments.get(1).text()));
                    next = segments.get(1).next();
                }
                authors.add(name);
                segments = segments(citation, next, MAX_GAP + 2);
                continue;
            }
            int gap = unreadableGap(segments);
            if (gap == 0) {
                break;
            }
            for (Segment unreadable : segments.subList(0, gap)) {
                findings.add(new Finding(true, "authors", "is not an author in the form \"Surname I.\", but further "
                        + "authors follow it; correct it in the report, as publod cannot tell this author's name",
                        unreadable.text()));
            }
            segments = segments(citation, segments.get(gap).start(), MAX_GAP + 2);
        }
        int titleStart = segments.isEmpty() ? citation.length() : segments.get(0).start();
        checkTitleStart(segments, findings);
        return new Result(authors, titleStart, findings);
    }

    /** Reads one name as listed, such as "Cygan M." on an affiliation line; empty if it has no such shape. */
    static Optional<AuthorName> parseName(String text) {
        return author(text.strip(), new ArrayList<>());
    }

    /** The footnote markers at the start of {@code text}, as left after a name on an affiliation line. */
    static String withoutLeadingMarkers(String text) {
        return MARKER_CHARS.matcher(text).replaceFirst("").stripLeading();
    }

    private static Optional<AuthorName> author(String token, List<Finding> findings) {
        if (token.length() > LONGEST_NAME) {
            return Optional.empty();
        }
        Matcher matcher = AUTHOR.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String marker = matcher.group("marker");
        String asListed = token;
        if (marker != null) {
            asListed = token.substring(0, matcher.start("marker"));
            findings.add(new Finding(false, "authors", "footnote marker \"" + marker.strip()
                    + "\" after the author's initials dropped; the author is read as \"" + asListed + "\"", token));
        }
        String suffix = matcher.group("suffixBefore") != null ? matcher.group("suffixBefore")
                : matcher.group("suffixAfter");
        return Optional.of(new AuthorName(asListed, matcher.group("surname"),
                matcher.group("initials").replace(" ", ""), Optional.ofNullable(suffix)));
    }

    /**
     * How many segments at the start are authors in a form publod cannot read, known because an author in the
     * listed form follows them; 0 when the first segment starts the title.
     */
    private static int unreadableGap(List<Segment> segments) {
        for (int gap = 1; gap < segments.size() && gap <= MAX_GAP; gap++) {
            Segment candidate = segments.get(gap - 1);
            if (!looksLikeName(candidate.text())) {
                return 0;
            }
            if (author(segments.get(gap).text(), new ArrayList<>()).isPresent()) {
                return gap;
            }
        }
        return 0;
    }

    private static boolean looksLikeName(String text) {
        return text.length() <= LONGEST_NAME && (OTHER_NAME_FORM.matcher(text).matches()
                || BARE_SURNAME.matcher(text).matches() || AUTHOR.matcher(text).lookingAt());
    }

    /**
     * A title never starts with what looks like an author: that would mean authors moved into the title. An
     * author in another form (initials first, no periods) makes the boundary unreadable; a lone capitalised word
     * before a comma and more words may be a short title, so it is only a warning (a lone word before an acronym
     * or the venue is taken as a one-word title).
     */
    private static void checkTitleStart(List<Segment> segments, List<Finding> findings) {
        if (segments.size() < 2) {
            return;
        }
        String first = segments.get(0).text();
        if (first.length() > LONGEST_NAME) {
            return;
        }
        if (OTHER_NAME_FORM.matcher(first).matches() || AUTHOR.matcher(first).lookingAt()) {
            findings.add(new Finding(true, "title", "starts with what looks like an author not in the form "
                    + "\"Surname I.\"; correct the author in the report, as publod cannot tell where the authors "
                    + "end and the title begins", first));
        } else if (BARE_SURNAME.matcher(first).matches() && !first.contains(" ")
                && segments.size() > 2 && segments.get(1).text().contains(" ")) {
            findings.add(new Finding(false, "title", "starts with a single word before a comma, which may be an "
                    + "author printed without initials; check the entry", first));
        }
    }

    /** Up to {@code limit} segments from {@code from}, split at commas. */
    private static List<Segment> segments(String citation, int from, int limit) {
        List<Segment> segments = new ArrayList<>();
        int start = skipSpace(citation, from);
        while (start < citation.length() && segments.size() < limit) {
            int comma = citation.indexOf(',', start);
            int end = comma < 0 ? citation.length() : comma;
            int next = comma < 0 ? citation.length() : skipSpace(citation, comma + 1);
            segments.add(new Segment(citation.substring(start, end).strip(), start, next));
            start = next;
        }
        return segments;
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
