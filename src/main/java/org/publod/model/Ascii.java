package org.publod.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Latin letters folded to ASCII: diacritics dropped (Unicode NFD, then the combining marks on Latin letters
 * removed), and the letters that NFD leaves whole because Unicode gives them no combining mark (ł, ø, đ, ß, æ,
 * œ, þ, ı, ...) spelt the way ASCII text usually spells them. Case is kept. Letters of other scripts (Greek,
 * Cyrillic, CJK) are kept whole, marks included: no ASCII spelling of them is the obvious one, and a mark there
 * may make another letter (Cyrillic й is not и, Japanese が is not か).
 *
 * <p>One home for folding, so that IRIs (the minter) and name comparisons fold alike.
 */
public final class Ascii {
    private static final Pattern MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    /** The letters NFD does not decompose, with their usual ASCII spelling (capitals in title case: Þór, Thor). */
    private static final Map<Integer, String> WHOLE_LETTERS = Map.ofEntries(
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "O"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "Ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "Oe"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "Th"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "H"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "T"),
            Map.entry((int) 'ŋ', "ng"), Map.entry((int) 'Ŋ', "Ng"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ĸ', "k"));

    private Ascii() {
    }

    /** The text with its Latin letters folded to ASCII ("Odrzygóźdź Ł." to "Odrzygozdz L."). */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder folded = new StringBuilder(stripped.length());
        stripped.codePoints().forEach(c -> folded.append(WHOLE_LETTERS.getOrDefault(c, Character.toString(c))));
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /**
     * The text folded for comparison and for keys: Latin letters folded ({@link #fold}), lower case, every run of
     * punctuation and whitespace one space, none at either end ("Strain  fields: Near-Cracks." to
     * "strain fields near cracks"). Two writings of one title that differ only in these meet.
     */
    public static String comparable(String text) {
        return Normalizer.normalize(fold(text), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip();
    }

    /** Whether every character of the text is ASCII. */
    public static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 0x80);
    }
}
