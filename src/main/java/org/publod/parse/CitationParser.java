package org.publod.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.AuthorName;
import org.publod.model.Diagnostic;
import org.publod.model.Doi;
import org.publod.model.Issn;
import org.publod.model.PageRange;
import org.publod.model.Place;
import org.publod.model.SourceLocation;

/**
 * Reads one citation line. Authors are read from the left; the venue from the right (year, pages, place,
 * dates), because titles contain commas, colons and periods and so cannot be found by splitting.
 */
final class CitationParser {
    private static final Pattern POINTS = Pattern.compile(",?\\s*\\(?\\d{1,4}\\s?p\\.\\)?$");
    private static final Pattern YEAR = Pattern.compile(",\\s*(\\d{4,})$");
    private static final Pattern PAGES = Pattern.compile(",\\s*pp\\.\\s*([^,]*)$");
    private static final Pattern ISSUE = Pattern.compile(",\\s*No\\.\\s*([^,]+)$");
    /** An article number under an explicit label: "Art. No. 104512", "Article number e0123", "Art.no.15". */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile(
            ",\\s*(?:Art(?:icle)?\\.?\\s*(?:No\\.|number:?)|Article\\s+no\\.|Art\\.)\\s*([^,]+)$",
            Pattern.CASE_INSENSITIVE);
    /** An issue as journals number them: "3", "3-4", "1/2", "S1", "Suppl. 2", "Special Issue 1". */
    private static final Pattern PLAUSIBLE_ISSUE = Pattern.compile(
            "\\d{1,4}(?:\\s?[-/–]\\s?\\d{1,4})?|(?:[A-Z][\\p{L}.]*\\s?){0,3}\\d{1,4}[A-Za-z]?");
    /** An electronic article identifier printed as a "No.": "e1234", "e0248571". */
    private static final Pattern E_LOCATOR = Pattern.compile("e\\d{3,}");
    /** A number too large for an issue: five digits or more, as article numbers have. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{5,}");
    private static final Pattern PLAUSIBLE_ARTICLE_NUMBER = Pattern.compile("[\\p{L}\\d][\\p{L}\\d.\\-]{0,19}");
    private static final Pattern VOLUME = Pattern.compile(",\\s*Vol\\.\\s*([^,]+)$");
    private static final Pattern DOI = Pattern.compile(",\\s*DOI:\\s*(\\S*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISSN = Pattern.compile(",\\s*ISSN:\\s*([^,]*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile(",\\s*([^,()]+?)\\s*\\(([^()]*)\\)$");
    private static final Pattern DATES = Pattern.compile(
            ",\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*/\\s*(?:(\\d{4})-)?(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d&+'’.\\-]*(?: \\d{4}|'\\d{2})?");
    /** A range, with a hyphen or any of the dashes typesetting puts there ("112–113"). */
    private static final Pattern PAGE_RANGE = Pattern.compile("(\\w+)\\s?[-‐‑‒–—−]\\s?(\\w+)");
    /** Article-number pages, "015020-1-12": pages 1 to 12 of article 015020. */
    private static final Pattern ARTICLE_PAGES = Pattern.compile("(\\w+)-(\\d+)-(\\d+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Page numbers beyond this are not pages: the largest proceedings volumes stay under it. */
    private static final int MAX_PAGE_DIGITS = 6;
    /** A page range longer than this in one publication is taken as a misprint worth a look. */
    private static final long MAX_RANGE_PAGES = 5_000;
    /** Two page numbers run together ("112113") are suspected only for ranges up to this length. */
    private static final int MAX_JOINED_RANGE = 100;
    private static final int MAX_ACRONYM = 24;
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile(",\\s+");
    /** Venue fields are short: the tail patterns need only look at the end of a long citation. */
    private static final int TAIL_WINDOW = 1_000;
    /** A field's label at the start of what is left for title and venue: a field the tail patterns did not read. */
    private static final Pattern FIELD_LABEL = Pattern.compile("(?i)(?:pp\\.|vol\\.|no\\.|doi:|issn:)\\s*\\S");

    /**
     * The fields of a citation, read as far as the text allowed. Which of them an entry needs depends on its
     * category; {@code segments} is what lies between the authors and the venue fields, split at commas.
     */
    record Citation(List<AuthorName> authors, List<String> segments, Optional<LocalDate> startDate,
                    Optional<LocalDate> endDate, Optional<Place> place, Optional<Issn> issn, Optional<Doi> doi,
                    Optional<String> volume, Optional<String> issue, Optional<String> articleNumber,
                    Optional<PageRange> pages, Optional<Year> year) {

        /** The title and the venue name, for entries whose venue is the last segment (journals, events). */
        String titleBeforeVenue() {
            return segments.size() < 2 ? String.join(", ", segments)
                    : String.join(", ", segments.subList(0, segments.size() - 1));
        }

        Optional<String> lastSegment() {
            return segments.size() < 2 ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
        }
    }

    private record DateRange(LocalDate start, LocalDate end) {
    }

    private final SourceLocation location;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String rest;

    private CitationParser(SourceLocation location, String citation) {
        this.location = location;
        this.rest = citation.strip();
    }

    /** Reads a citation; every problem found is added to {@code diagnostics}. */
    static Citation parse(String citation, SourceLocation location, List<Diagnostic> diagnostics) {
        CitationParser parser = new CitationParser(location, citation);
        Citation result = parser.read();
        diagnostics.addAll(parser.diagnostics);
        return result;
    }

    private Citation read() {
        AuthorListParser.Result authors = AuthorListParser.parse(rest);
        for (AuthorListParser.Finding finding : authors.findings()) {
            diagnostics.add(finding.error() ? Diagnostic.error(location, finding.field(), finding.problem(),
                    finding.token()) : Diagnostic.warning(location, finding.field(), finding.problem(),
                    finding.token()));
        }
        if (authors.authors().isEmpty()) {
            error("authors", "no author in the form \"Surname I.\" at the start of the entry", head(rest));
        }
        rest = rest.substring(authors.titleStart());
        takeTail(POINTS);
        Optional<Year> year = takeTail(YEAR).flatMap(this::year);
        Optional<PageRange> pages = takeTail(PAGES).flatMap(this::pages);
        Optional<String> articleNumber = takeTail(ARTICLE_NUMBER).map(m -> m.group(1).strip());
        Optional<String> issue = takeTail(ISSUE).map(m -> m.group(1).strip());
        if (articleNumber.isEmpty()) {
            articleNumber = takeTail(ARTICLE_NUMBER).map(m -> m.group(1).strip());
        }
        if (issue.isPresent() && articleNumber.isEmpty() && isArticleNumber(issue.get(), pages.isPresent())) {
            articleNumber = issue;
            issue = Optional.empty();
        }
        issue.ifPresent(this::checkIssue);
        articleNumber.ifPresent(this::checkArticleNumber);
        Optional<String> volume = takeTail(VOLUME).map(m -> m.group(1).strip());
        Optional<Doi> doi = takeTail(DOI).flatMap(this::doi);
        Optional<Issn> issn = takeTail(ISSN).flatMap(this::issn);
        Optional<Place> place = takeTail(PLACE).flatMap(this::place);
        Optional<DateRange> dates = takeTail(DATES).flatMap(this::dates);
        List<String> segments = rest.isBlank() ? List.of() : List.of(SEGMENT_SEPARATOR.split(rest));
        if (segments.isEmpty()) {
            error("title", "no title after the authors", null);
        }
        segments.stream().filter(segment -> FIELD_LABEL.matcher(segment).lookingAt()).findFirst()
                .ifPresent(segment -> warning("venue", "a field label where the title or venue is expected: it was "
                        + "not read as its field and stays in the title or venue", head(segment)));
        return new Citation(authors.authors(), segments, dates.map(DateRange::start), dates.map(DateRange::end),
                place, issn, doi, volume, issue, articleNumber, pages, year);
    }

    /** Splits "TITLE, [ACRONYM,] FULL NAME" of a conference entry. */
    static EventName eventName(List<String> segments) {
        if (segments.size() < 2) {
            return new EventName(String.join(", ", segments), Optional.empty(), Optional.empty());
        }
        int nameAt = segments.size() - 1;
        String candidate = segments.get(nameAt - 1);
        boolean hasAcronym = segments.size() >= 3 && isAcronym(candidate);
        int titleEnd = hasAcronym ? nameAt - 1 : nameAt;
        return new EventName(String.join(", ", segments.subList(0, titleEnd)),
                hasAcronym ? Optional.of(candidate) : Optional.empty(), Optional.of(segments.get(nameAt)));
    }

    /** A conference entry's title, acronym and full event name. */
    record EventName(String title, Optional<String> acronym, Optional<String> name) {
    }

    private Optional<Doi> doi(Matcher matcher) {
        String text = matcher.group(1).strip();
        Optional<String> problem = Doi.problem(text);
        if (problem.isPresent()) {
            error("doi", problem.get(), text);
            return Optional.empty();
        }
        return Optional.of(Doi.of(text));
    }

    private Optional<Issn> issn(Matcher matcher) {
        String text = matcher.group(1).strip();
        Optional<String> problem = Issn.problem(text);
        if (problem.isPresent()) {
            error("issn", problem.get(), text);
            return Optional.empty();
        }
        if (!text.contains("-")) {
            diagnostics.add(Diagnostic.warning(location, "issn", "ISSN written without its hyphen; read as "
                    + Issn.of(text).value(), text));
        }
        return Optional.of(Issn.of(text));
    }

    private Optional<Matcher> takeTail(Pattern pattern) {
        Matcher matcher = pattern.matcher(rest).region(Math.max(0, rest.length() - TAIL_WINDOW), rest.length());
        if (!matcher.find()) {
            return Optional.empty();
        }
        rest = rest.substring(0, matcher.start()).strip();
        return Optional.of(matcher);
    }

    private Optional<Year> year(Matcher matcher) {
        String text = matcher.group(1);
        if (text.length() != 4 || text.startsWith("0")) {
            error("year", "is not a four-digit year", text);
            return Optional.empty();
        }
        return Optional.of(Year.of(Integer.parseInt(text)));
    }

    private Optional<PageRange> pages(Matcher matcher) {
        String text = matcher.group(1).strip();
        if (text.isEmpty()) {
            error("pages", "\"pp.\" is followed by no page", text);
            return Optional.empty();
        }
        Matcher article = ARTICLE_PAGES.matcher(text);
        if (article.matches()) {
            if (compareNumbers(article.group(2), article.group(3)) > 0) {
                error("pages", "the first page comes after the last", text);
                return Optional.empty();
            }
            String prefix = article.group(1) + "-";
            return Optional.of(new PageRange(text, prefix + article.group(2), Optional.of(prefix + article.group(3))));
        }
        Matcher range = PAGE_RANGE.matcher(text);
        if (!range.matches()) {
            return Optional.of(new PageRange(text, text, Optional.empty()));
        }
        String start = range.group(1);
        String end = range.group(2);
        if (isNumber(start) && isNumber(end)) {
            if (compareNumbers(start, end) > 0) {
                error("pages", "the first page comes after the last", text);
                return Optional.empty();
            }
            checkRange(text, start, end);
        }
        return Optional.of(new PageRange(text, start, Optional.of(end)));
    }

    /**
     * What is implausible about a single page: too many digits, or digits that read as two pages printed without
     * their dash. Only for publications that have pages; a monograph's "pp." is its page count.
     */
    static Optional<String> singlePageProblem(PageRange pages) {
        String text = pages.asWritten();
        if (pages.end().isPresent() || !isNumber(text)) {
            return Optional.empty();
        }
        if (significantDigits(text) > MAX_PAGE_DIGITS) {
            return Optional.of("implausible page number: more than " + MAX_PAGE_DIGITS + " digits");
        }
        return joinedRange(text).map(split -> "implausible page range: one page " + text + ", or pages " + split
                + " printed without their dash? Published as one page");
    }

    private void checkRange(String text, String start, String end) {
        if (significantDigits(end) > MAX_PAGE_DIGITS) {
            warning("pages", "implausible page range: a page number of more than " + MAX_PAGE_DIGITS + " digits",
                    text);
        } else if (Long.parseLong(end) - Long.parseLong(start) > MAX_RANGE_PAGES) {
            warning("pages", "implausible page range: more than " + MAX_RANGE_PAGES + " pages", text);
        }
    }

    /** "112113" as "112-113": the digits split into a short ascending range with the end no shorter. */
    private static Optional<String> joinedRange(String digits) {
        if (digits.length() < 4 || digits.length() > 2 * MAX_PAGE_DIGITS) {
            return Optional.empty();
        }
        for (int cut = digits.length() / 2; cut >= 1; cut--) {
            String start = digits.substring(0, cut);
            String end = digits.substring(cut);
            if (start.startsWith("0") || end.startsWith("0") || end.length() < start.length()) {
                continue;
            }
            long length = Long.parseLong(end) - Long.parseLong(start);
            if (length > 0 && length <= MAX_JOINED_RANGE) {
                return Optional.of(start + "-" + end);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a "No." is an article number, not an issue: an e-locator ("e1234"), or a number too large for an
     * issue (five digits or more), as online-only journals print their article numbers.
     */
    private boolean isArticleNumber(String number, boolean hasPages) {
        if (E_LOCATOR.matcher(number).matches()) {
            return true;
        }
        if (LONG_NUMBER.matcher(number).matches()) {
            warning("issue", "\"No." + number + "\" is too large for an issue; published as an article number"
                    + (hasPages ? " (the pages are then pages of the article)" : ""), number);
            return true;
        }
        return false;
    }

    private void checkIssue(String issue) {
        if (!PLAUSIBLE_ISSUE.matcher(issue).matches()) {
            warning("issue", "implausible issue number; published as written", issue);
        }
    }

    private void checkArticleNumber(String number) {
        if (!PLAUSIBLE_ARTICLE_NUMBER.matcher(number).matches()) {
            warning("article number", "implausible article number; published as written", number);
        }
    }

    private Optional<Place> place(Matcher matcher) {
        String code = matcher.group(2).strip();
        if (!code.matches("[A-Z]{2}")) {
            error("place", "the country is not a two-letter ISO 3166-1 code", code);
            return Optional.empty();
        }
        return Optional.of(new Place(matcher.group(1).strip(), code));
    }

    private Optional<DateRange> dates(Matcher matcher) {
        String text = matcher.group().replaceFirst("^,\\s*", "");
        try {
            int startYear = Integer.parseInt(matcher.group(1));
            LocalDate start = LocalDate.of(startYear, Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            int endYear = matcher.group(4) == null ? startYear : Integer.parseInt(matcher.group(4));
            LocalDate end = LocalDate.of(endYear, Integer.parseInt(matcher.group(5)),
                    Integer.parseInt(matcher.group(6)));
            if (matcher.group(4) == null && end.isBefore(start)) {
                end = end.plusYears(1); // "2024-12-30/01-02" runs into the next year
            }
            if (end.isBefore(start)) {
                error("dates", "the event ends before it starts", text);
                return Optional.empty();
            }
            return Optional.of(new DateRange(start, end));
        } catch (DateTimeException e) {
            error("dates", "is not a real date (" + e.getMessage() + ")", text);
            return Optional.empty();
        }
    }

    private static boolean isAcronym(String segment) {
        return segment.length() <= MAX_ACRONYM && ACRONYM.matcher(segment).matches()
                && segment.chars().anyMatch(Character::isUpperCase)
                && segment.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean isNumber(String text) {
        return DIGITS.matcher(text).matches();
    }

    /** Compares two digit strings of any length by value. */
    private static int compareNumbers(String left, String right) {
        String a = left.replaceFirst("^0+(?=.)", "");
        String b = right.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static int significantDigits(String digits) {
        return digits.replaceFirst("^0+(?=.)", "").length();
    }

    private static String head(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60);
    }

    private void error(String field, String problem, String found) {
        diagnostics.add(Diagnostic.error(location, field, problem, found));
    }

    private void warning(String field, String problem, String found) {
        diagnostics.add(Diagnostic.warning(location, field, problem, found));
    }
}
