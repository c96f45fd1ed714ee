package org.publod.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Writes realistic reports in the IPPT PAN format, reproducibly from a seed: every category under its Polish or
 * English heading, 1 to 30 authors drawn from a shared pool (so people recur across entries), abstracts of
 * realistic length, diacritics, and a chosen share of defective entries. Entries are written one at a time,
 * so a report of any size needs no memory beyond one entry and the pool of names.
 *
 * <p>The pool grows with the report (one person per {@value #ENTRIES_PER_PERSON} entries, at least
 * {@value #SMALLEST_POOL}), and people publish as unevenly as in real bibliographies (Lotka's law): a person's
 * place in the pool is drawn as {@code size * u^}{@value #SKEW} for a uniform {@code u}, so the first few persons
 * author a share of the entries that is large but bounded (in 1,000,000 entries about 2,000 publications for the
 * first, hundreds for the first thousand) and most persons only a few.
 */
public final class ReportGenerator {
    private static final int SMALLEST_POOL = 5_000;
    private static final int ENTRIES_PER_PERSON = 2;
    private static final double SKEW = 1.6;
    private static final String[] SURNAMES = {"Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kowalczyk",
        "Kamiński", "Lewandowska", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski",
        "Mazur", "Kwiatkowska", "Krawczyk", "Piotrowski", "Grabowska", "Pawłowski", "Michalska", "Król",
        "Pióro", "Odrzygoźdź", "Müller", "García", "van der Berg", "O'Brien", "Smith Jr", "Kowalska-Nowak",
        "Żółkiewski"};
    private static final String[] WORDS = {"strain", "fracture", "ultrasound", "neural", "network", "mixture",
        "experts", "plasticity", "composite", "damage", "scaling", "laws", "acoustic", "wave", "propagation",
        "tissue", "model", "granular", "flow", "thermal", "stability", "optimal", "control", "inverse",
        "problem", "nanofibres", "polymer", "hydrogel", "sensor", "learning"};
    private static final String[] JOURNALS = {"Archives of Mechanics|0373-2029", "Journal of Things|0020-7683",
        "Engineering Transactions|0867-888X", "Acta Physica Polonica A|0587-4246"};
    private static final String[] CITIES = {"Wiedeń (AT)", "Kraków (PL)", "Warszawa (PL)", "Vancouver (CA)",
        "Lyon (FR)", "Berlin (DE)"};

    private final long seed;
    private final SplittableRandom random;
    private final double defectShare;
    private final List<String> pool = new ArrayList<>();

    /**
     * @param seed the seed; the same seed gives the same report
     * @param defectShare the share of entries, from 0 to 1, that are damaged on purpose
     */
    public ReportGenerator(long seed, double defectShare) {
        if (defectShare < 0 || defectShare > 1) {
            throw new IllegalArgumentException("the defect share is between 0 and 1, was " + defectShare);
        }
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.defectShare = defectShare;
    }

    /** Writes {@code entries} entries, in sections of each category, to {@code out}. */
    public void write(long entries, Writer out) {
        fillPool((int) Math.min(Integer.MAX_VALUE, Math.max(SMALLEST_POOL, entries / ENTRIES_PER_PERSON)));
        try {
            out.write("Partner: generated report\n\n");
            Section[] sections = Section.values();
            long perSection = Math.max(1, entries / sections.length);
            long written = 0;
            for (int s = 0; s < sections.length && written < entries; s++) {
                boolean english = random.nextBoolean();
                out.write("\n" + sections[s].heading(english) + "\n");
                long count = s == sections.length - 1 ? entries - written : Math.min(perSection, entries - written);
                for (long i = 1; i <= count; i++) {
                    out.write(entry(i, sections[s], english));
                }
                written += count;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String entry(long number, Section section, boolean english) {
        List<String> authors = authors();
        String citation = number + "." + String.join(", ", authors) + ", " + title() + ", " + section.venue(this);
        if (random.nextDouble() < defectShare) {
            citation = damage(citation);
        }
        StringBuilder entry = new StringBuilder(citation).append("\n\n")
                .append(english ? "Abstract:" : "Streszczenie:").append("\n\n").append(abstractText()).append("\n\n")
                .append(english ? "Affiliations:" : "Afiliacje autorów:").append("\n\n");
        for (String author : authors) {
            entry.append(author).append(random.nextInt(5) == 0 ? "-IPPT PAN" : english ? "-other affiliation"
                    : "-inna afiliacja").append('\n');
        }
        return entry.toString();
    }

    /** Names {@code size} persons; the same seed gives the same names in the same order. */
    private void fillPool(int size) {
        Random names = new Random(seed);
        pool.clear();
        for (int i = 0; i < size; i++) {
            String initials = (char) ('A' + names.nextInt(26)) + "." + (names.nextInt(4) == 0
                    ? (char) ('A' + names.nextInt(26)) + "." : "");
            pool.add(SURNAMES[names.nextInt(SURNAMES.length)] + (i < SURNAMES.length ? "" : suffix(i)) + " "
                    + initials);
        }
    }

    private List<String> authors() {
        int count = 1 + (int) Math.min(29, Math.abs(random.nextDouble() * random.nextDouble() * 30));
        List<String> authors = new ArrayList<>(count);
        while (authors.size() < count) {
            String author = pool.get((int) (pool.size() * Math.pow(random.nextDouble(), SKEW)));
            if (!authors.contains(author)) {
                authors.add(author);
            }
        }
        return authors;
    }

    String title() {
        StringBuilder title = new StringBuilder();
        int words = 4 + random.nextInt(9);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            title.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                    .append(i == words / 2 && random.nextInt(3) == 0 ? ": " : " ");
        }
        return title.toString().strip().replace(": :", ":");
    }

    private String abstractText() {
        StringBuilder text = new StringBuilder();
        int sentences = 4 + random.nextInt(6);
        for (int i = 0; i < sentences; i++) {
            text.append(title()).append(" is studied for ").append(WORDS[random.nextInt(WORDS.length)])
                    .append(" and ").append(WORDS[random.nextInt(WORDS.length)]).append(". ");
        }
        return text.toString().strip();
    }

    String pages() {
        int start = 1 + random.nextInt(900);
        return "pp." + start + "-" + (start + random.nextInt(30));
    }

    int year() {
        return 2000 + random.nextInt(26);
    }

    String dates(int year) {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(20);
        return String.format("%d-%02d-%02d/%02d-%02d", year, month, day, month, day + random.nextInt(6));
    }

    String city() {
        return CITIES[random.nextInt(CITIES.length)];
    }

    String journal() {
        return JOURNALS[random.nextInt(JOURNALS.length)];
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String damage(String citation) {
        return switch (random.nextInt(4)) {
            case 0 -> citation.substring(0, citation.length() / 2);
            case 1 -> citation.replaceFirst(", \\d{4}$", "");
            case 2 -> citation.replaceFirst("pp\\.(\\d+)-(\\d+)", "pp.$2000-$1");
            default -> citation.replaceFirst("-(\\d{2})/", "-32/");
        };
    }

    /** Distinct people need more surnames than the list has: add a made-up second part, letters only. */
    private static String suffix(int index) {
        StringBuilder part = new StringBuilder();
        for (int rest = index; rest > 0; rest /= SYLLABLES.length) {
            part.append(SYLLABLES[rest % SYLLABLES.length]);
        }
        return "-" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    private static final String[] SYLLABLES = {"ko", "wa", "ski", "ra", "mi", "lo", "zy", "bie", "nia", "dro",
        "ść", "tek"};
}
