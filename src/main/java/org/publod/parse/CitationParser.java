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
    private static final Pattern PLACE = Pattern.compile(",\\s*([^,()]+?)\\s*\\(([^()]*)\\)$");
    private static final Pattern DATES = Pattern.compile(
            ",\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*/\\s*(?:(\\d{4})-)?(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d&+'’.\\-]*(?: \\d{4}|'\\d{2})?");
    private static final Pattern PAGE_RANGE = Pattern.compile("(\\w+)-(\\w+)");
    private static final int MAX_ACRONYM = 24;

    /** The fields of a conference citation, read so far as the text allowed. */
    record Citation(List<AuthorName> authors, String title, Optional<String> acronym, Optional<String> venueName,
                    Optional<LocalDate> startDate, Optional<LocalDate> endDate, Optional<Place> place,
                    Optional<PageRange> pages, Optional<Year> year) {
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
        if (authors.authors().isEmpty()) {
            error("authors", "no author in the form \"Surname I.\" at the start of the entry", head(rest));
        }
        rest = rest.substring(authors.titleStart());
        takeTail(POINTS);
        Optional<Year> year = takeTail(YEAR).flatMap(this::year);
        Optional<PageRange> pages = takeTail(PAGES).flatMap(this::pages);
        Optional<Place> place = takeTail(PLACE).flatMap(this::place);
        Optional<DateRange> dates = takeTail(DATES).flatMap(this::dates);
        List<String> segments = List.of(rest.split(",\\s+"));
        String title = rest;
        Optional<String> acronym = Optional.empty();
        Optional<String> venue = Optional.empty();
        if (segments.size() >= 2) {
            venue = Optional.of(segments.get(segments.size() - 1));
            int titleEnd = segments.size() - 1;
            String candidate = segments.get(segments.size() - 2);
            if (segments.size() >= 3 && isAcronym(candidate)) {
                acronym = Optional.of(candidate);
                titleEnd--;
            }
            title = String.join(", ", segments.subList(0, titleEnd));
        }
        if (title.isBlank()) {
            error("title", "no title after the authors", null);
        }
        return new Citation(authors.authors(), title.strip(), acronym, venue,
                dates.map(DateRange::start), dates.map(DateRange::end), place, pages, year);
    }

    private Optional<Matcher> takeTail(Pattern pattern) {
        Matcher matcher = pattern.matcher(rest);
        if (!matcher.find()) {
            return Optional.empty();
        }
        rest = rest.substring(0, matcher.start()).strip();
        return Optional.of(matcher);
    }

    private Optional<Year> year(Matcher matcher) {
        String text = matcher.group(1);
        if (text.length() != 4) {
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
        Matcher range = PAGE_RANGE.matcher(text);
        if (!range.matches()) {
            return Optional.of(new PageRange(text, text, Optional.empty()));
        }
        String start = range.group(1);
        String end = range.group(2);
        if (isNumber(start) && isNumber(end) && Long.parseLong(start) > Long.parseLong(end)) {
            error("pages", "the first page comes after the last", text);
            return Optional.empty();
        }
        return Optional.of(new PageRange(text, start, Optional.of(end)));
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
        return text.matches("\\d{1,18}");
    }

    private static String head(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60);
    }

    private void error(String field, String problem, String found) {
        diagnostics.add(Diagnostic.error(location, field, problem, found));
    }
}
