package org.publod.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages the entries of a report the ways hand-kept and copied reports get damaged, and worse: characters
 * deleted, doubled or swapped, huge numbers, letters from any script, stray separators, lines cut short,
 * deleted, doubled or shuffled. Seeded, so that a run can be repeated; for fuzzing the reader, not for
 * benchmarks of clean input.
 */
public final class ReportMutator {
    private static final String[] SEPARATORS = {", ", ",", ".", "-", "–", "—", "/", "(", ")", ":", ";", "pp.",
        "No.", "Vol.", "ISSN: ", "DOI: ", "Art. No. ", " (PL)", "-IPPT PAN", "Streszczenie:",
        "Afiliacje autorów:"};
    /** Letters and marks from many scripts, superscripts, markers, spaces of other widths, and a surrogate pair. */
    private static final String[] UNICODE = {"漢字", "中文", "ł", "ß", "İ", "ǅ", "\u0301", "\u200B", "\u00A0",
        "\u202E", "عربى", "עברית", "Ωμέγα", "¹²³", "*", "†", "#", "\uD83D\uDE00", "\uFEFF", "\u2028", "Ⅻ", "٣٤٥",
        "１２"};
    /**
     * The forms real reports print that generated ones do not: pages run together or with an en dash, article
     * numbers, suffixes, footnote markers, an author without initials or with initials first, a monograph's pages.
     */
    private static final String[][] VARIANTS = {{"pp\\.(\\d+)-(\\d+)", "pp.$1$2"}, {"pp\\.(\\d+)-(\\d+)", "pp.$1–$2"},
        {"No\\.(\\d+)", "No.e$1$1$1"}, {"No\\.(\\d+)", "Art. No. $1$1$1"}, {"No\\.(\\d+)", "No.$1$1$1$1$1"},
        {"pp\\.(\\d+)-(\\d+)", "pp.015020-$1-$2"}, {"(\\p{L}+) (\\p{Lu}\\.), ", "$1 Jr $2, "},
        {"(\\p{L}+) (\\p{Lu}\\.), ", "$1 $2 II, "}, {"(\\p{L}+) (\\p{Lu}\\.), ", "$1 $2*, "},
        {"(\\p{L}+) (\\p{Lu}\\.), ", "$1 $2¹, "}, {"(\\p{L}+) (\\p{Lu}\\.), ", "$1, "},
        {"(\\p{L}+) (\\p{Lu}\\.), ", "$2 $1, "}, {"(Academic Publisher \\d+), ", "$1, pp.$1, "}};
    private static final int MUTATIONS = 12;
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final SplittableRandom random;

    public ReportMutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The report with each entry (a numbered line and the lines up to the next one) damaged once or more; the
     * lines before the first entry are kept.
     */
    public String mutate(String report) {
        List<List<String>> blocks = blocks(report);
        StringBuilder out = new StringBuilder(report.length() + report.length() / 8);
        for (int i = 0; i < blocks.size(); i++) {
            List<String> block = new ArrayList<>(blocks.get(i));
            if (i > 0) {
                int times = 1 + random.nextInt(3);
                for (int t = 0; t < times && !block.isEmpty(); t++) {
                    mutate(block);
                }
            }
            block.forEach(line -> out.append(wellFormed(line)).append('\n'));
        }
        return out.toString();
    }

    private void mutate(List<String> block) {
        // Half of the damage goes to the citation line, where the fields are read from.
        int at = random.nextBoolean() ? 0 : random.nextInt(block.size());
        String line = block.get(at);
        switch (random.nextInt(MUTATIONS)) {
            case 0 -> block.set(at, deleteCharacter(line));
            case 1 -> block.set(at, insert(line, line.isEmpty() ? "x" : String.valueOf(line.charAt(
                    random.nextInt(line.length())))));
            case 2 -> block.set(at, swapCharacters(line));
            case 3 -> block.set(at, insert(line, hugeNumber()));
            case 4 -> block.set(at, replaceANumber(line));
            case 5 -> block.set(at, insert(line, UNICODE[random.nextInt(UNICODE.length)]));
            case 6 -> block.set(at, insert(line, SEPARATORS[random.nextInt(SEPARATORS.length)]));
            case 7 -> block.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
            case 8 -> block.remove(at);
            case 9 -> block.add(at, line);
            case 10 -> {
                String[] variant = VARIANTS[random.nextInt(VARIANTS.length)];
                block.set(at, line.replaceFirst(variant[0], variant[1]));
            }
            default -> Collections.shuffle(block, new Random(random.nextLong()));
        }
    }

    private String deleteCharacter(String line) {
        if (line.isEmpty()) {
            return line;
        }
        int at = random.nextInt(line.length());
        return line.substring(0, at) + line.substring(at + 1);
    }

    private String swapCharacters(String line) {
        if (line.length() < 2) {
            return line;
        }
        int at = random.nextInt(line.length() - 1);
        char[] chars = line.toCharArray();
        char first = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = first;
        return new String(chars);
    }

    private String insert(String line, String text) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + text + line.substring(at);
    }

    /** One of the line's numbers, chosen at random, made huge. */
    private String replaceANumber(String line) {
        Matcher numbers = NUMBER.matcher(line);
        List<int[]> found = new ArrayList<>();
        while (numbers.find()) {
            found.add(new int[] {numbers.start(), numbers.end()});
        }
        if (found.isEmpty()) {
            return insert(line, hugeNumber());
        }
        int[] chosen = found.get(random.nextInt(found.size()));
        return line.substring(0, chosen[0]) + hugeNumber() + line.substring(chosen[1]);
    }

    /** Up to 200 digits: far beyond a long, where a parser might still try to read one. */
    private String hugeNumber() {
        int length = random.nextInt(4) == 0 ? 1 + random.nextInt(200) : 10 + random.nextInt(20);
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    /**
     * A report file is text: a surrogate cut from its pair cannot be written to it, so the halves of a pair that a
     * mutation split are replaced.
     */
    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The report cut before each numbered line; the first block holds whatever comes before the first entry. */
    private static List<List<String>> blocks(String report) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : report.split("\n", -1)) {
            if (!line.isEmpty() && Character.isDigit(line.charAt(0)) && line.matches("^\\d{1,7}\\..*")) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        blocks.add(current);
        return blocks;
    }
}
