package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.Test;
import org.publod.serve.Citation.Author;
import org.publod.serve.Citation.Container;

/**
 * The citation writers read back by real parsers of each format (JBibTeX, citeproc-java): titles with LaTeX's
 * special characters, braces and Polish letters, authors in order (with particles, commas and "and" in names, and
 * many of them), year, pages, DOI and the container survive every format.
 */
class CitationWritersTest {
    static final String TRICKY_TITLE = "Stress & Strain at 50% Load: {Braced} Terms, $x_1$ # ~ ^ \\ Źdźbło łąki Śląska";
    static final List<Author> TRICKY_AUTHORS = List.of(new Author("Łukasiewicz", "J.", "IPPT PAN", ""),
            new Author("Żółć-Gęślą", "Ą.Ę.", "", "https://orcid.org/0000-0002-1825-0097"),
            new Author("van der Berg", "P.", "", ""), new Author("Brown, Jr", "J.", "", ""),
            new Author("Anderson", "Sandra", "", ""), new Author("Odrzygóźdź", "T.", "", ""));
    static final Citation TRICKY = new Citation("https://data.example.org/publication/2024/stress-1a2b3c",
            CitationKind.JOURNAL_ARTICLE, TRICKY_TITLE, TRICKY_AUTHORS, "2024",
            new Container("Archiwum Mechaniki & Stosowanej", "0373-2029", "76", "3", "", ""), "101", "130", "101-130",
            "10.24423/aom.4000_(2)", "", "Abstract with a 100% {brace} and ~tilde~\nover two lines.");

    @Test
    void bibTexKeepsTitleAuthorsYearPagesAndDoiThroughJBibTeX() {
        String text = write(CitationFormat.BIBTEX, List.of(TRICKY));
        BibTeXEntry entry = CitationParsers.bibTex(text).get(0);
        assertEquals("article", entry.getType().getValue());
        assertEquals("lukasiewicz2024stress", entry.getKey().getValue());
        assertEquals(TRICKY_TITLE, CitationParsers.field(entry, "title"), text);
        assertEquals("Archiwum Mechaniki & Stosowanej", CitationParsers.field(entry, "journal"));
        assertEquals("2024", CitationParsers.field(entry, "year"));
        assertEquals("101–130", CitationParsers.field(entry, "pages"), "LaTeX's -- is an en dash");
        assertEquals("10.24423/aom.4000_(2)", entry.getField(new org.jbibtex.Key("doi")).toUserString());
        assertEquals("Abstract with a 100% {brace} and ~tilde~ over two lines.",
                CitationParsers.field(entry, "abstract"));
        CSLItemData item = CitationParsers.bibTexItems(text).get(0);
        assertEquals(List.of("Łukasiewicz", "Żółć-Gęślą", "van der Berg", "Brown, Jr", "Anderson", "Odrzygóźdź"),
                CitationParsers.families(item), text);
        assertEquals("Berg", item.getAuthor()[2].getFamily(), "the particle is read as one");
        assertEquals("2024", CitationParsers.year(item));
    }

    @Test
    void aNameWithTheWordAndOrMoreCommasIsBracedWhole() {
        Citation odd = new Citation(TRICKY.iri(), CitationKind.OTHER, "Odd Names", List.of(new Author("Black and White",
                "A.", "", ""), new Author("Grey, Jr, III", "B.", "", ""), new Author("IPPT PAN Team", "", "", ""),
                new Author("Smith", "C.", "", "")), "2020", Container.NONE, "", "", "", "", "", "");
        String authors = CitationParsers.bibTex(write(CitationFormat.BIBTEX, List.of(odd))).get(0)
                .getField(new org.jbibtex.Key("author")).toUserString();
        assertEquals("{Black and White}, A. and {Grey, Jr, III}, B. and {IPPT PAN Team} and Smith, C.", authors);
        assertEquals(4, topLevelNames(authors), "BibTeX splits names at an \"and\" outside braces only");
    }

    /** How many names BibTeX reads in an author field: it splits at " and " outside braces. */
    private static int topLevelNames(String field) {
        int depth = 0;
        int names = 1;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && field.startsWith(" and ", i)) {
                names++;
            }
        }
        return names;
    }

    @Test
    void aLoneBraceIsWrittenSoThatBibTexStillCountsItsBracesRight() {
        Citation lone = with(TRICKY, "A { lone brace and a } closing one }");
        BibTeXEntry entry = CitationParsers.bibTex(write(CitationFormat.BIBTEX, List.of(lone, TRICKY))).get(0);
        assertTrue(CitationParsers.field(entry, "title").startsWith("A "), CitationParsers.field(entry, "title"));
        assertEquals(2, CitationParsers.bibTex(write(CitationFormat.BIBTEX, List.of(lone, TRICKY))).size());
    }

    @Test
    void cslJsonIsReadByCiteprocJavaAndRenderedInTheIeeeStyle() {
        String text = write(CitationFormat.CSL, List.of(TRICKY));
        CSLItemData item = CitationParsers.cslJson(text).get(0);
        assertEquals(TRICKY_TITLE, item.getTitle());
        assertEquals(List.of("Łukasiewicz", "Żółć-Gęślą", "van der Berg", "Brown, Jr", "Anderson", "Odrzygóźdź"),
                CitationParsers.families(item));
        assertEquals("Ą.Ę.", item.getAuthor()[1].getGiven());
        assertEquals("2024", CitationParsers.year(item));
        assertEquals("101-130", item.getPage());
        assertEquals("10.24423/aom.4000_(2)", item.getDOI());
        assertEquals("0373-2029", item.getISSN());
        assertEquals("Archiwum Mechaniki & Stosowanej", item.getContainerTitle());
        assertEquals(TRICKY.iri(), item.getURL());
        String rendered = CitationParsers.ieee(List.of(item));
        assertTrue(rendered.contains("Źdźbło łąki Śląska"), rendered);
        assertTrue(rendered.contains("Łukasiewicz") && rendered.indexOf("Łukasiewicz") < rendered.indexOf("Gęślą"),
                rendered);
        assertTrue(rendered.contains("101–130") || rendered.contains("101-130"), rendered);
        assertTrue(rendered.contains("10.24423/aom.4000_(2)"), rendered);
    }

    @Test
    void risIsReadByCiteprocJava() {
        String text = write(CitationFormat.RIS, List.of(TRICKY, TRICKY));
        assertTrue(text.startsWith("TY  - JOUR\r\n"), text);
        List<CSLItemData> items = CitationParsers.ris(text);
        assertEquals(2, items.size());
        CSLItemData item = items.get(0);
        assertEquals(TRICKY_TITLE, item.getTitle());
        assertEquals(List.of("Łukasiewicz", "Żółć-Gęślą", "van der Berg", "Brown", "Anderson", "Odrzygóźdź"),
                Arrays.stream(item.getAuthor()).map(name -> (name.getNonDroppingParticle() == null ? ""
                        : name.getNonDroppingParticle() + " ") + name.getFamily()).toList());
        // RIS writes "Last, First, Suffix"; citeproc-java reads the three parts in BibTeX's order instead.
        assertEquals(Set.of("J.", "Jr"), Set.of(item.getAuthor()[3].getGiven(), item.getAuthor()[3].getSuffix()));
        assertEquals("2024", CitationParsers.year(item));
        assertEquals("101-130", item.getPage());
        assertEquals("10.24423/aom.4000_(2)", item.getDOI());
        assertEquals("76", item.getVolume());
        assertEquals("3", item.getIssue());
        assertEquals("Archiwum Mechaniki & Stosowanej", item.getContainerTitle());
    }

    @Test
    void aHundredAuthorsStayInOrderInEveryFormat() {
        List<Author> many = IntStream.range(0, 100).mapToObj(i -> new Author("Wiśniewsk" + (char) ('a' + i / 26)
                + (char) ('a' + i % 26), "Ł.", "", "")).toList();
        Citation citation = new Citation("https://data.example.org/publication/2023/big-1",
                CitationKind.PROCEEDINGS_PAPER,
                "Big Collaboration", many, "2023", new Container("", "", "", "", "", "Some Conference"), "", "", "7",
                "", "", "");
        List<String> expected = many.stream().map(Author::family).toList();
        String bibTex = write(CitationFormat.BIBTEX, List.of(citation));
        assertEquals(expected, CitationParsers.families(CitationParsers.bibTexItems(bibTex).get(0)));
        assertEquals("Some Conference", CitationParsers.field(CitationParsers.bibTex(bibTex).get(0), "booktitle"));
        assertEquals(expected, CitationParsers.families(CitationParsers.cslJson(write(CitationFormat.CSL,
                List.of(citation))).get(0)));
        assertEquals(expected, CitationParsers.families(CitationParsers.ris(write(CitationFormat.RIS,
                List.of(citation))).get(0)));
    }

    @Test
    void keysAreAsciiStableAndUniqueWithinABibliography() {
        Citation other = new Citation("https://data.example.org/publication/2024/stress-other", CitationKind.OTHER,
                "The Stress of It", List.of(new Author("Łukasiewicz", "K.", "", "")), "2024", Container.NONE, "", "",
                "", "", "", "");
        List<BibTeXEntry> entries = CitationParsers.bibTex(write(CitationFormat.BIBTEX,
                List.of(TRICKY, other, TRICKY)));
        List<String> keys = new ArrayList<>(entries.stream().map(entry -> entry.getKey().getValue()).toList());
        assertEquals(List.of("lukasiewicz2024stress", "lukasiewicz2024stressb", "lukasiewicz2024stressc"), keys);
        assertEquals("misc", entries.get(1).getType().getValue());
        assertEquals(write(CitationFormat.BIBTEX, List.of(TRICKY, other)), write(CitationFormat.BIBTEX,
                List.of(TRICKY, other)), "the same list is written the same every time");
        assertNotEquals(CitationKeys.base(TRICKY), CitationKeys.base(with(TRICKY, "Another title")));
    }

    private static Citation with(Citation citation, String title) {
        return new Citation(citation.iri(), citation.kind(), title, citation.authors(), citation.year(),
                citation.container(), citation.pageStart(), citation.pageEnd(), citation.pages(), citation.doi(),
                citation.publisher(), citation.abstractText());
    }

    static String write(CitationFormat format, List<Citation> citations) {
        StringWriter out = new StringWriter();
        try {
            CitationWriter writer = format.writer(out);
            CitationKeys keys = new CitationKeys();
            for (Citation citation : citations) {
                writer.write(citation, keys.next(citation));
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
