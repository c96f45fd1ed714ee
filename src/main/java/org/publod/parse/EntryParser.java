package org.publod.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.publod.model.Affiliation;
import org.publod.model.AuthorName;
import org.publod.model.Authorship;
import org.publod.model.Book;
import org.publod.model.Category;
import org.publod.model.Diagnostic;
import org.publod.model.Event;
import org.publod.model.Journal;
import org.publod.model.PageRange;
import org.publod.model.Publication;
import org.publod.model.SourceLocation;

/** Turns one entry's lines into a publication, or into a rejection that names every problem. */
final class EntryParser {
    private static final Pattern AFFILIATION_LINE =
            Pattern.compile("^(?<name>.+?\\p{Lu}\\p{Ll}?\\.)\\s*-\\s*(?<aff>.*)$");
    private static final Pattern NAMED_ORGANISATION = Pattern.compile("^(?<name>.*?)\\s*\\((?<country>[A-Z]{2})\\)$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n{2,}");
    private static final List<String> OTHER_AFFILIATION = List.of("other affiliation", "inna afiliacja");
    private static final Pattern PAGE_COUNT = Pattern.compile("[1-9]\\d{0,5}");

    private final String instituteShortName;

    EntryParser(String instituteShortName) {
        this.instituteShortName = instituteShortName;
    }

    ParsedEntry parse(RawEntry entry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CitationParser.Citation citation = CitationParser.parse(entry.citation(), entry.source(), diagnostics);
        Optional<Category> category = category(entry, citation, diagnostics);
        List<Authorship> authors = authorships(citation.authors(), entry, diagnostics);
        if (citation.year().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("year"))) {
            diagnostics.add(Diagnostic.error(entry.source(), "year", "no year at the end of the entry",
                    tail(entry.citation())));
        }
        Optional<Publication> publication = category.flatMap(kind -> publication(kind, entry, citation, authors,
                diagnostics));
        if (publication.isEmpty() || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ParsedEntry.Rejected(entry.source(), entry.rawText(), diagnostics);
        }
        return new ParsedEntry.Accepted(publication.get(), diagnostics, entry.rawText());
    }

    private Optional<Publication> publication(Category category, RawEntry entry, CitationParser.Citation citation,
                                              List<Authorship> authors, List<Diagnostic> diagnostics) {
        String title = citation.titleBeforeVenue();
        Optional<Event> event = Optional.empty();
        Optional<Journal> journal = Optional.empty();
        Optional<Book> book = Optional.empty();
        Optional<PageRange> pages = citation.pages();
        Category kind = category;
        switch (category) {
            case CONFERENCE_PAPER, WORKSHOP_PAPER, CONFERENCE_ABSTRACT -> {
                CitationParser.EventName name = CitationParser.eventName(citation.segments());
                title = name.title();
                event = event(name, citation, entry.source(), diagnostics);
                if (category == Category.CONFERENCE_PAPER && event.map(Event::isWorkshop).orElse(false)) {
                    kind = Category.WORKSHOP_PAPER;
                }
            }
            case JOURNAL_ARTICLE -> journal = journal(citation, entry.source(), diagnostics);
            case MONOGRAPH -> {
                book = Optional.of(new Book(Optional.empty(), citation.lastSegment(),
                        pageCount(citation.pages(), entry.source(), diagnostics)));
                pages = Optional.empty();
            }
            case CHAPTER -> book = citation.lastSegment().map(container -> new Book(Optional.of(container),
                    Optional.empty(), Optional.empty()));
            default -> throw new IllegalStateException("unknown category " + category);
        }
        if (category != Category.MONOGRAPH) {
            citation.pages().ifPresent(written -> CitationParser.singlePageProblem(written).ifPresent(problem ->
                    diagnostics.add(Diagnostic.warning(entry.source(), "pages", problem, written.asWritten()))));
        }
        if (category == Category.CHAPTER && book.isEmpty()) {
            diagnostics.add(Diagnostic.error(entry.source(), "book", "no book title after the chapter title", null));
        }
        if (title.isBlank() || citation.year().isEmpty() || authors.isEmpty()
                || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return Optional.empty();
        }
        return Optional.of(new Publication(entry.source(), kind, authors, title.strip(), event, journal, book,
                citation.doi(), pages, citation.year().get(), paragraphs(entry.abstractLines()),
                keywords(entry.keywordLines())));
    }

    private Optional<Category> category(RawEntry entry, CitationParser.Citation citation,
                                        List<Diagnostic> diagnostics) {
        if (entry.heading().isPresent()) {
            return entry.heading();
        }
        Optional<Category> inferred = Optional.empty();
        String reason = "";
        if (citation.issn().isPresent()) {
            inferred = Optional.of(Category.JOURNAL_ARTICLE);
            reason = "a journal article, from its ISSN";
        } else if (citation.startDate().isPresent() && citation.place().isPresent()) {
            inferred = Optional.of(Category.CONFERENCE_PAPER);
            reason = "a conference paper, from its event dates and place";
        }
        if (inferred.isPresent()) {
            diagnostics.add(Diagnostic.warning(entry.source(), "category",
                    "no category heading above the entry; taken as " + reason, null));
        } else {
            diagnostics.add(Diagnostic.error(entry.source(), "category", "no category heading above the entry, "
                    + "and neither an ISSN nor event dates and place to tell its kind", null));
        }
        return inferred;
    }

    private Optional<Event> event(CitationParser.EventName name, CitationParser.Citation citation,
                                  SourceLocation source, List<Diagnostic> diagnostics) {
        if (name.name().isEmpty()) {
            diagnostics.add(Diagnostic.error(source, "event", "no conference name after the title", null));
        }
        if (citation.startDate().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("dates"))) {
            diagnostics.add(Diagnostic.error(source, "dates",
                    "no event dates in the form YYYY-MM-DD/MM-DD before the place", null));
        }
        if (citation.place().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("place"))) {
            diagnostics.add(Diagnostic.error(source, "place", "no event place in the form City (CC)", null));
        }
        if (name.name().isEmpty() || citation.startDate().isEmpty() || citation.place().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(name.acronym(), name.name().get(), citation.startDate().get(),
                citation.endDate().orElseThrow(), citation.place().get()));
    }

    private Optional<Journal> journal(CitationParser.Citation citation, SourceLocation source,
                                      List<Diagnostic> diagnostics) {
        if (citation.lastSegment().isEmpty()) {
            diagnostics.add(Diagnostic.error(source, "journal", "no journal name after the title", null));
            return Optional.empty();
        }
        return Optional.of(new Journal(citation.lastSegment().get(), citation.issn(), citation.volume(),
                citation.issue(), citation.articleNumber()));
    }

    /**
     * A monograph's "pp.250" is how many pages it has, not a page it starts on. Anything else after "pp." on a
     * monograph (a range, roman numerals) is not published rather than guessed at, and the user is told.
     */
    private static Optional<Integer> pageCount(Optional<PageRange> pages, SourceLocation source,
                                               List<Diagnostic> diagnostics) {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        String text = pages.get().asWritten();
        if (pages.get().end().isEmpty() && PAGE_COUNT.matcher(text).matches()) {
            return Optional.of(Integer.parseInt(text));
        }
        diagnostics.add(Diagnostic.warning(source, "pages", "a monograph's \"pp.\" is read as its number of "
                + "pages, and this is not one; left out", text));
        return Optional.empty();
    }

    private List<Authorship> authorships(List<AuthorName> names, RawEntry entry, List<Diagnostic> diagnostics) {
        Affiliation[] affiliations = new Affiliation[names.size()];
        for (RawEntry.Line line : entry.affiliationLines()) {
            matchAffiliation(line, names, affiliations, diagnostics);
        }
        List<Authorship> authorships = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (affiliations[i] == null && !entry.affiliationLines().isEmpty()) {
                diagnostics.add(Diagnostic.warning(entry.source(), "affiliations",
                        "no affiliation line for author " + (i + 1), names.get(i).asListed()));
            }
            Affiliation affiliation = affiliations[i] == null ? new Affiliation.Unstated() : affiliations[i];
            authorships.add(new Authorship(i + 1, names.get(i), affiliation));
        }
        return authorships;
    }

    private void matchAffiliation(RawEntry.Line line, List<AuthorName> names, Affiliation[] affiliations,
                                  List<Diagnostic> diagnostics) {
        String text = line.text();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).asListed();
            if (affiliations[i] == null && text.startsWith(name)) {
                String rest = AuthorListParser.withoutLeadingMarkers(text.substring(name.length()).stripLeading());
                if (rest.startsWith("-")) {
                    affiliations[i] = affiliation(rest.substring(1).strip());
                    return;
                }
            }
        }
        Matcher shape = AFFILIATION_LINE.matcher(text);
        String problem = shape.matches()
                ? "names \"" + shape.group("name") + "\", who is not an author of this entry (or is listed twice)"
                : "is not of the form \"Surname I.-Affiliation\"";
        diagnostics.add(Diagnostic.warning(line.location(), "affiliations", "affiliation line " + problem, text));
    }

    private Affiliation affiliation(String text) {
        if (text.equalsIgnoreCase(instituteShortName)) {
            return new Affiliation.Institute(text);
        }
        if (OTHER_AFFILIATION.contains(text.toLowerCase(Locale.ROOT))) {
            return new Affiliation.Other(text);
        }
        Matcher named = NAMED_ORGANISATION.matcher(text);
        if (named.matches()) {
            return new Affiliation.Named(text, named.group("name"), Optional.of(named.group("country")));
        }
        return new Affiliation.Named(text, text, Optional.empty());
    }

    /** Joins wrapped lines into paragraphs; blank lines separate paragraphs. */
    private static Optional<String> paragraphs(List<String> lines) {
        String text = PARAGRAPH_BREAK.matcher(String.join("\n", lines).strip()).replaceAll("\u0000")
                .replace('\n', ' ').replace("\u0000", "\n\n");
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static List<String> keywords(List<String> lines) {
        return Arrays.stream(String.join(" ", lines).split("[;,]"))
                .map(String::strip).filter(keyword -> !keyword.isEmpty()).toList();
    }

    private static String tail(String text) {
        return text.length() <= 40 ? text : "..." + text.substring(text.length() - 40);
    }
}
