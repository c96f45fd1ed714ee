package org.publod.link;

import java.util.List;
import java.util.Optional;
import org.publod.model.AuthorName;
import org.publod.model.PublishedAuthorship;

/**
 * Aligns one listed author of a matched publication with a signature of its dblp record: the signature at the
 * author's own position when the names agree; otherwise the one signature elsewhere whose name agrees (an author
 * order that changed); none when that is ambiguous or the signature has no pid.
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
        String pid() {
            return signature.pid().orElseThrow();
        }
    }

    private PersonLinker() {
    }

    static Optional<Alignment> alignment(PublishedAuthorship authorship, DblpRecord record) {
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
