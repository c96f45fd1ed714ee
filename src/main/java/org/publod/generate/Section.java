package org.publod.generate;

/** The report sections a generated report has, with their headings and how each writes its venue. */
enum Section {
    CONFERENCE_PAPERS("Prace konferencyjne", "Conference papers"),
    JOURNAL_ARTICLES("Publikacje w czasopismach", "Journal articles"),
    CONFERENCE_ABSTRACTS("Abstrakty konferencyjne", "Conference abstracts"),
    MONOGRAPHS("Monografie", "Monographs"),
    CHAPTERS("Rozdziały w monografiach", "Chapters in monographs");

    private final String polish;
    private final String english;

    Section(String polish, String english) {
        this.polish = polish;
        this.english = english;
    }

    String heading(boolean inEnglish) {
        return inEnglish ? english : polish;
    }

    /** Everything after the title: venue, pages and year, in this section's format. */
    String venue(ReportGenerator random) {
        int year = random.year();
        return switch (this) {
            case CONFERENCE_PAPERS, CONFERENCE_ABSTRACTS -> "CONF-" + random.nextInt(50) + ", Conference on "
                    + random.title() + ", " + random.dates(year) + ", " + random.city() + ", " + random.pages()
                    + ", " + year;
            case JOURNAL_ARTICLES -> {
                String[] journal = random.journal().split("\\|");
                yield journal[0] + ", ISSN: " + journal[1] + ", DOI: 10.5555/gen." + random.nextInt(1_000_000)
                        + ", Vol." + (1 + random.nextInt(80)) + ", No." + (1 + random.nextInt(12)) + ", "
                        + random.pages() + ", " + year + " (" + (20 * (1 + random.nextInt(7))) + "p.)";
            }
            case MONOGRAPHS -> "Academic Publisher " + random.nextInt(20) + ", " + year;
            case CHAPTERS -> "Handbook of " + random.title() + ", " + random.pages() + ", " + year;
        };
    }
}
