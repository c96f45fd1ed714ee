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
import org.publod.model.Category;
import org.publod.model.Diagnostic;
import org.publod.model.Event;
import org.publod.model.Publication;
import org.publod.model.SourceLocation;

/** Turns one entry's lines into a publication, or into a rejection that names every problem. */
final class EntryParser {
    private static final Pattern AFFILIATION_LINE = Pattern.compile("^(?<name>.+?\\p{Lu}\\p{Ll}?\\.)\\s*-\\s*(?<aff>.*)$");
    private static final Pattern NAMED_ORGANISATION = Pattern.compile("^(?<name>.*?)\\s*\\((?<country>[A-Z]{2})\\)$");
    private static final List<String> OTHER_AFFILIATION = List.of("other affiliation", "inna afiliacja");

    private final String instituteShortName;

    EntryParser(String instituteShortName) {
        this.instituteShortName = instituteShortName;
    }

    ParsedEntry parse(RawEntry entry) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CitationParser.Citation citation = CitationParser.parse(entry.citation(), entry.source(), diagnostics);
        Optional<Category> category = category(entry, citation, diagnostics);
        Optional<Event> event = category.flatMap(c -> event(citation, entry.source(), diagnostics));
        List<Authorship> authors = authorships(citation.authors(), entry, diagnostics);
        if (citation.year().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("year"))) {
            diagnostics.add(Diagnostic.error(entry.source(), "year", "no year at the end of the entry",
                    tail(entry.citation())));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError) || category.isEmpty()) {
            return new ParsedEntry.Rejected(entry.source(), entry.rawText(), diagnostics);
        }
        Category kind = category.get() == Category.CONFERENCE_PAPER && event.map(Event::isWorkshop).orElse(false)
                ? Category.WORKSHOP_PAPER : category.get();
        Publication publication = new Publication(entry.source(), kind, authors, citation.title(), event,
                citation.pages(), citation.year().orElseThrow(), paragraphs(entry.abstractLines()),
                keywords(entry.keywordLines()));
        return new ParsedEntry.Accepted(publication, diagnostics, entry.rawText());
    }

    private Optional<Category> category(RawEntry entry, CitationParser.Citation citation,
                                        List<Diagnostic> diagnostics) {
        Optional<Category> category = entry.heading();
        if (category.isEmpty() && citation.startDate().isPresent() && citation.place().isPresent()) {
            diagnostics.add(Diagnostic.warning(entry.source(), "category",
                    "no category heading; taken as a conference paper from its event dates and place", null));
            category = Optional.of(Category.CONFERENCE_PAPER);
        }
        if (category.isEmpty()) {
            diagnostics.add(Diagnostic.error(entry.source(), "category",
                    "no category heading, and the entry has no event dates and place to tell its kind", null));
        } else if (category.get() != Category.CONFERENCE_PAPER) {
            diagnostics.add(Diagnostic.error(entry.source(), "category",
                    "this kind of entry is not read yet", category.get().name().toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
        return category;
    }

    private Optional<Event> event(CitationParser.Citation citation, SourceLocation source,
                                  List<Diagnostic> diagnostics) {
        if (citation.venueName().isEmpty()) {
            diagnostics.add(Diagnostic.error(source, "event", "no conference name after the title", null));
        }
        if (citation.startDate().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("dates"))) {
            diagnostics.add(Diagnostic.error(source, "dates",
                    "no event dates in the form YYYY-MM-DD/MM-DD before the place", null));
        }
        if (citation.place().isEmpty() && diagnostics.stream().noneMatch(d -> d.field().equals("place"))) {
            diagnostics.add(Diagnostic.error(source, "place", "no event place in the form City (CC)", null));
        }
        if (citation.venueName().isEmpty() || citation.startDate().isEmpty() || citation.place().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(citation.acronym(), citation.venueName().get(), citation.startDate().get(),
                citation.endDate().orElseThrow(), citation.place().get()));
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
            Matcher prefix = Pattern.compile("^" + Pattern.quote(names.get(i).asListed()) + "\\s*-\\s*").matcher(text);
            if (affiliations[i] == null && prefix.find()) {
                affiliations[i] = affiliation(text.substring(prefix.end()).strip());
                return;
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
        String text = String.join("\n", lines).strip().replaceAll("\\n{2,}", "\u0000").replace('\n', ' ')
                .replace("\u0000", "\n\n");
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
