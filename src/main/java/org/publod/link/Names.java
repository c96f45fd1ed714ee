package org.publod.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.publod.model.AuthorName;

/**
 * Whether a name as a report lists it ("Odrzygóźdź T.", "Szewczenko O.") can be a full name as dblp or ORCID
 * writes it ("Tomasz Odrzygóźdź", "Oleksandr Shevchenko"): the surnames agree up to diacritics, or up to the
 * usual transliteration spellings (Polish sz/cz/w against English sh/ch/v), and the initials agree with the
 * given names as far as both go.
 */
final class Names {
    /** How well two names agree. */
    enum Agreement {
        NONE, TRANSLITERATED, EXACT
    }

    /**
     * A full name split against a listed name.
     *
     * @param given the given names
     * @param agreement how well the names agree
     */
    record Split(String given, Agreement agreement) {
    }

    private Names() {
    }

    static Agreement agreement(AuthorName listed, String fullName) {
        return split(listed, fullName).map(Split::agreement).orElse(Agreement.NONE);
    }

    /** Splits {@code fullName} into given names and the listed surname, if the two names agree. */
    static Optional<Split> split(AuthorName listed, String fullName) {
        String[] surname = Titles.normalize(listed.familyName()).split(" ");
        String[] words = Titles.normalize(DblpSignature.stripHomonymNumber(fullName)).split(" ");
        if (words.length <= surname.length) {
            return Optional.empty();
        }
        String[] tail = Arrays.copyOfRange(words, words.length - surname.length, words.length);
        Agreement agreement = Arrays.equals(tail, surname) ? Agreement.EXACT
                : sounds(String.join(" ", tail)).equals(sounds(String.join(" ", surname))) ? Agreement.TRANSLITERATED
                : Agreement.NONE;
        if (agreement == Agreement.NONE || !initialsAgree(listed.initials(), words, words.length - surname.length)) {
            return Optional.empty();
        }
        String[] original = DblpSignature.stripHomonymNumber(fullName).split("\\s+");
        String given = String.join(" ", Arrays.copyOfRange(original, 0,
                Math.max(1, original.length - surname.length)));
        return Optional.of(new Split(given, agreement));
    }

    /** Surname spelled as it sounds: Polish and English transliterations of one name meet. */
    static String sounds(String folded) {
        return folded.replace("szcz", "shch").replace("sz", "s").replace("sh", "s").replace("cz", "c")
                .replace("ch", "c").replace("zh", "z").replace("rz", "z").replace("kh", "h").replace("ts", "c")
                .replace('w', 'v').replace('y', 'i').replace('j', 'i');
    }

    private static boolean initialsAgree(String initials, String[] words, int givenCount) {
        List<Character> listed = new ArrayList<>();
        for (String part : Titles.normalize(initials).split(" ")) {
            if (!part.isEmpty()) {
                listed.add(part.charAt(0));
            }
        }
        List<Character> given = new ArrayList<>();
        for (int i = 0; i < givenCount; i++) {
            given.add(words[i].charAt(0));
        }
        if (listed.isEmpty() || given.isEmpty()) {
            return false;
        }
        for (int i = 0; i < Math.min(listed.size(), given.size()); i++) {
            if (!sounds(String.valueOf(listed.get(i))).equals(sounds(String.valueOf(given.get(i))))) {
                return false;
            }
        }
        return true;
    }
}
