package org.publod.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.publod.model.AuthorName;
import org.publod.model.Authorship;
import org.publod.model.Publication;

/**
 * Aligns the authors of a matched publication with the signatures of its dblp record, and collects, for every
 * person key, the dblp pids its authorships aligned to. An authorship aligns with the signature at its own
 * position when the names agree; otherwise with the one signature elsewhere whose name agrees (an author order
 * that changed); with none when that is ambiguous.
 */
final class PersonLinker {
    /**
     * One authorship aligned with one signature.
     *
     * @param name the author as listed
     * @param signature the dblp signature
     * @param score how sure the alignment is
     * @param fact the alignment in words
     */
    record Alignment(AuthorName name, DblpSignature signature, double score, String fact) {
    }

    /** Per person key, per pid, the alignments that voted for it; sorted so that runs are repeatable. */
    private final Map<String, Map<String, List<Alignment>>> votes = new TreeMap<>();
    private final Map<String, AuthorName> names = new TreeMap<>();

    void align(Publication publication, DblpRecord record) {
        for (Authorship authorship : publication.authors()) {
            names.putIfAbsent(authorship.name().key(), authorship.name());
            alignment(authorship, record).ifPresent(alignment -> votes
                    .computeIfAbsent(authorship.name().key(), key -> new TreeMap<>())
                    .computeIfAbsent(alignment.signature().pid().orElseThrow(), pid -> new ArrayList<>())
                    .add(alignment));
        }
    }

    /** Registers the authors of a publication that matched no record, so the registry can still link them. */
    void listed(Publication publication) {
        publication.authors().forEach(author -> names.putIfAbsent(author.name().key(), author.name()));
    }

    Map<String, Map<String, List<Alignment>>> votes() {
        return votes;
    }

    Map<String, AuthorName> names() {
        return names;
    }

    private static Optional<Alignment> alignment(Authorship authorship, DblpRecord record) {
        AuthorName name = authorship.name();
        int position = authorship.position();
        String where = " at position " + position + " of " + record.key();
        if (position <= record.authors().size()) {
            DblpSignature same = record.authors().get(position - 1);
            Names.Agreement agreement = Names.agreement(name, same.dblpName());
            if (agreement != Names.Agreement.NONE && same.pid().isPresent()) {
                return Optional.of(new Alignment(name, same, (agreement == Names.Agreement.EXACT
                        ? Confidence.SAME_POSITION : Confidence.SAME_POSITION_TRANSLITERATED).score(),
                        "\"" + name.asListed() + "\" is \"" + same.dblpName() + "\"" + where
                                + (agreement == Names.Agreement.EXACT ? "" : " (transliterated)")));
            }
        }
        List<DblpSignature> elsewhere = record.authors().stream().filter(signature -> signature.pid().isPresent())
                .filter(signature -> Names.agreement(name, signature.dblpName()) != Names.Agreement.NONE).toList();
        if (elsewhere.size() != 1) {
            return Optional.empty();
        }
        DblpSignature other = elsewhere.get(0);
        boolean exact = Names.agreement(name, other.dblpName()) == Names.Agreement.EXACT;
        return Optional.of(new Alignment(name, other, (exact ? Confidence.OTHER_POSITION
                : Confidence.OTHER_POSITION_TRANSLITERATED).score(), "\"" + name.asListed() + "\" is \""
                + other.dblpName() + "\"" + where + ", listed there at position " + other.ordinal()));
    }
}
