package org.publod.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.publod.model.Ascii;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;
import org.publod.validate.StoredEntries.Stored;

/**
 * Checks what one run writes as a whole, and against what the store holds from other reports: two publications
 * with one DOI, two journals with one ISSN, one journal under two names. Every finding names both entries.
 *
 * <p>A DOI that another publication already has (an earlier entry of the run, or an entry of another report in
 * the store) rejects the later entry: publishing it would give one DOI to two works, and no reader could tell
 * which is right, so a curator must look at both. A publication with a DOI is keyed by it (one IRI), so "another
 * publication" is one under another title ({@link #sameTitle}); the same title written otherwise is the same
 * publication listed again (a co-author's report). An ISSN shared by two journal nodes, or a journal named
 * differently by two entries, is a warning: the article itself is right (publod keys a journal by its ISSN, so
 * the article lands in the journal either way), and the curator decides which name or node is correct. Names are
 * compared ignoring case, accents and punctuation, as reports write one journal both ways.
 *
 * <p>Why not SHACL: SHACL validates one data graph, so these rules as shapes ({@code ExpressionDoiUnique},
 * {@code JournalIssnUnique}) catch clashes only inside the graph they are given: one entry, or an RDF file given
 * to {@code validate}. Over a run they would need the whole run and every stored graph in one graph, which
 * publish must never hold; they could not tell the earlier entry from the later one either, and only the later
 * one is rejected. Here a run keeps only its keys ({@link EntryKeys}: DOI to entry, ISSN to journal names, a few
 * dozen bytes an entry) as entries stream past, and asks the store ({@link StoredEntries}) key by key.
 *
 * <p>{@link #againstStore} runs on the threads that validate; {@link #againstRun} and {@link #remember} on the one
 * thread that hands entries to the sink, in report order.
 */
public final class WholeRunCheck {
    private final StoredEntries stored;
    private final Map<String, Seen> publicationsByDoi = new HashMap<>();
    private final Map<String, List<Seen>> journalsByIssn = new HashMap<>();
    /** The stored journals of each ISSN met: one query per journal, not per article. */
    private final Map<String, List<Stored>> storedJournals = new ConcurrentHashMap<>();
    /** Where each stored resource that clashed came from: looked up once, and only for a clash. */
    private final Map<String, String> storedSources = new ConcurrentHashMap<>();

    private record Seen(String node, String name, SourceLocation source) {
    }

    public WholeRunCheck(StoredEntries stored) {
        this.stored = stored;
    }

    /** What the entry at {@code source} clashes with in the other reports' graphs. */
    public List<Diagnostic> againstStore(SourceLocation source, EntryKeys keys) {
        List<Diagnostic> findings = new ArrayList<>();
        for (EntryKeys.Doi doi : keys.dois()) {
            stored.publicationsWithDoi(doi.doi()).stream().filter(other -> !sameTitle(other.name(), doi.title()))
                    .findFirst().ifPresent(other -> findings.add(doiClash(source, doi, other.node(), other.name(),
                            whereStored(other))));
        }
        for (EntryKeys.Journal journal : keys.journals()) {
            for (Stored other : storedJournals.computeIfAbsent(journal.issn(), stored::journalsWithIssn)) {
                journalClash(source, journal, other.node(), other.name(), () -> whereStored(other))
                        .ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** What the entry at {@code source} clashes with among the entries of this run published before it. */
    public List<Diagnostic> againstRun(SourceLocation source, EntryKeys keys) {
        List<Diagnostic> findings = new ArrayList<>();
        for (EntryKeys.Doi doi : keys.dois()) {
            Seen other = publicationsByDoi.get(doi.doi());
            if (other != null && !sameTitle(other.name(), doi.title())) {
                findings.add(doiClash(source, doi, other.node(), other.name(), "the entry at " + other.source()));
            }
        }
        for (EntryKeys.Journal journal : keys.journals()) {
            for (Seen other : journalsByIssn.getOrDefault(journal.issn(), List.of())) {
                journalClash(source, journal, other.node(), other.name(), () -> "the entry at " + other.source())
                        .ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** Keeps the keys of a published entry, for the entries after it. */
    public void remember(SourceLocation source, EntryKeys keys) {
        for (EntryKeys.Doi doi : keys.dois()) {
            publicationsByDoi.putIfAbsent(doi.doi(), new Seen(doi.publication(), doi.title(), source));
        }
        for (EntryKeys.Journal journal : keys.journals()) {
            List<Seen> seen = journalsByIssn.computeIfAbsent(journal.issn(), issn -> new ArrayList<>(1));
            // One row per distinct journal node and name: a thousand articles in one journal keep one row.
            if (seen.stream().noneMatch(other -> other.node().equals(journal.journal())
                    && sameName(other.name(), journal.name()))) {
                seen.add(new Seen(journal.journal(), journal.name(), source));
            }
        }
    }

    private static Diagnostic doiClash(SourceLocation source, EntryKeys.Doi doi, String other, String otherTitle,
                                       String where) {
        return Diagnostic.error(source, "DOI", "this DOI is already the DOI of another publication, \""
                + otherTitle + "\" <" + other + ">, from " + where + "; a DOI names one publication, so this entry "
                + "is not published: check both entries for a DOI copied from another one", doi.doi());
    }

    /** "the entry at file:line, already published": where a stored resource that clashes came from. */
    private String whereStored(Stored other) {
        return "the entry at " + storedSources.computeIfAbsent(other.node(), stored::sourceOf) + ", already published";
    }

    /** A clash of journals, if any; {@code where} names the other entry, and is asked only when they clash. */
    private static Optional<Diagnostic> journalClash(SourceLocation source, EntryKeys.Journal journal,
                                                     String other, String otherName, Supplier<String> where) {
        if (!other.equals(journal.journal())) {
            return Optional.of(Diagnostic.warning(source, "ISSN", "this ISSN is also that of another "
                    + "journal, \"" + otherName + "\" <" + other + ">, from " + where.get() + "; an ISSN names one "
                    + "journal: check the ISSN and the journal name in both entries", journal.issn()));
        }
        if (!sameName(otherName, journal.name())) {
            return Optional.of(Diagnostic.warning(source, "journal", "the journal with ISSN "
                    + journal.issn() + " is named \"" + otherName + "\" by " + where.get()
                    + "; the journal now carries both names: correct the one that is wrong", journal.name()));
        }
        return Optional.empty();
    }

    /** Equal but for case, accents, punctuation and spacing ("Arch. Mech." and "ARCH MECH" are one name). */
    static boolean sameName(String one, String other) {
        return fold(one).equals(fold(other));
    }

    /**
     * Whether two titles given for one DOI can be one publication's: at least half of their folded words
     * ({@link Ascii#comparable}) shared. Co-authors write one title with other spellings ("fibre", "fiber"),
     * capitals and punctuation; a DOI copied onto another entry brings a title with other words.
     */
    static boolean sameTitle(String one, String other) {
        Set<String> first = words(one);
        Set<String> second = words(other);
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return !all.isEmpty() && 2 * shared.size() >= all.size();
    }

    private static Set<String> words(String title) {
        String folded = Ascii.comparable(title);
        return folded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(folded.split(" ")));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
