package org.publod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.PublodException;
import org.publod.SharedFiles;
import org.publod.TestReports;
import org.publod.model.Affiliation;
import org.publod.model.Authorship;
import org.publod.model.Category;
import org.publod.model.Event;
import org.publod.model.PageRange;
import org.publod.model.Place;
import org.publod.model.Publication;

class ReportReaderTest {
    private static final String GOOD_CITATION = "Nowak J.A., van der Berg P., Kowalska-Wiśniewska K., A Title: With, "
            + "Commas. And Periods, ABC-DEF 2019, International Conference on Things, 2019-12-30/01-02, Kraków (PL), "
            + "pp.12-20, 2019";

    @TempDir
    Path temp;

    @Test
    void readsEveryEntryOfTheRealExport() {
        List<ParsedEntry> entries = read(SharedFiles.realExport());

        assertEquals(3, entries.size());
        List<Publication> publications = entries.stream().map(e -> assertInstanceOf(ParsedEntry.Accepted.class, e))
                .map(ParsedEntry.Accepted::publication).toList();
        assertEquals(List.of(12, 10, 10), publications.stream().map(p -> p.authors().size()).toList());
        assertEquals(List.of("Ludziejewski J.", "Antoniak S.", "Pióro M."),
                publications.stream().map(p -> p.authors().get(0).name().asListed()).toList());
        assertEquals(List.of(5, 25, 43), publications.stream().map(p -> p.source().line()).toList());
    }

    @Test
    void readsTheFieldsOfAConferencePaper() {
        Publication first = publications(SharedFiles.realExport()).get(0);

        assertEquals("Scaling Laws for Fine-Grained Mixture of Experts", first.title());
        assertEquals(Category.CONFERENCE_PAPER, first.category());
        assertEquals(Year.of(2024), first.year());
        assertEquals(Optional.of(new PageRange("33270-33288", "33270", Optional.of("33288"))), first.pages());
        Event event = first.event().orElseThrow();
        assertEquals(Optional.of("ICML"), event.acronym());
        assertEquals("The Forty-First International Conference on Machine Learning", event.name());
        assertEquals(LocalDate.of(2024, 7, 21), event.startDate());
        assertEquals(LocalDate.of(2024, 7, 27), event.endDate());
        assertEquals(new Place("Wiedeń", "AT"), event.place());
        assertTrue(first.abstractText().orElseThrow().startsWith("Mixture of Experts (MoE) models have emerged"));
        Authorship pioro = first.authors().get(3);
        assertEquals("Pióro", pioro.name().familyName());
        assertEquals(new Affiliation.Institute("IPPT PAN"), pioro.affiliation());
        assertEquals(new Affiliation.Other("other affiliation"), first.authors().get(0).affiliation());
    }

    @Test
    void takesAWorkshopAtAConferenceAsAWorkshopPaperWithAOneDayEvent() {
        Publication third = publications(SharedFiles.realExport()).get(2);

        assertEquals(Category.WORKSHOP_PAPER, third.category());
        Event event = third.event().orElseThrow();
        assertEquals(Optional.empty(), event.acronym());
        assertEquals(event.startDate(), event.endDate());
        assertEquals(Optional.of(new PageRange("1-4", "1", Optional.of("4"))), third.pages());
    }

    @Test
    void findsTheVenueFromTheRightWhenTheTitleHasCommasAndNamesHaveParticles() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n1." + GOOD_CITATION + "\n");

        Publication publication = publications(report).get(0);

        assertEquals("A Title: With, Commas. And Periods", publication.title());
        assertEquals(List.of("Nowak", "van der Berg", "Kowalska-Wiśniewska"),
                publication.authors().stream().map(a -> a.name().familyName()).toList());
        assertEquals("J.A.", publication.authors().get(0).name().initials());
        Event event = publication.event().orElseThrow();
        assertEquals(Optional.of("ABC-DEF 2019"), event.acronym());
        assertEquals(LocalDate.of(2020, 1, 2), event.endDate());
    }

    @Test
    void matchesAffiliationLinesToAuthorsAndReportsStrangers() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n1." + GOOD_CITATION + "\n"
                + "Afiliacje autorów:\n"
                + "Kowalska-Wiśniewska K. - Faculty of Physics, Some University (PL)\n"
                + "Nowak J.A.-IPPT PAN\n"
                + "Smith Q.-other affiliation\n");

        ParsedEntry.Accepted entry = (ParsedEntry.Accepted) read(report).get(0);

        List<Authorship> authors = entry.publication().authors();
        assertEquals(new Affiliation.Institute("IPPT PAN"), authors.get(0).affiliation());
        assertEquals(new Affiliation.Unstated(), authors.get(1).affiliation());
        assertEquals(new Affiliation.Named("Faculty of Physics, Some University (PL)",
                "Faculty of Physics, Some University", Optional.of("PL")), authors.get(2).affiliation());
        assertEquals(List.of(
                "r.txt:6: affiliations: affiliation line names \"Smith Q.\", who is not an author of this entry "
                        + "(or is listed twice) (found \"Smith Q.-other affiliation\")",
                "r.txt:2: affiliations: no affiliation line for author 2 (found \"van der Berg P.\")"),
                entry.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void rejectsAnEntryWithoutAYearAndKeepsReadingTheNext() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n"
                + "1.Nowak J., Title, ICML, Conference, 2019-07-01/07-02, Kraków (PL), pp.1-2\n"
                + "2." + GOOD_CITATION + "\n");

        List<ParsedEntry> entries = read(report);

        ParsedEntry.Rejected rejected = assertInstanceOf(ParsedEntry.Rejected.class, entries.get(0));
        assertEquals(List.of("r.txt:2: year: no year at the end of the entry (found \"...e, "
                + "2019-07-01/07-02, Kraków (PL), pp.1-2\")"),
                rejected.diagnostics().stream().map(Object::toString).toList());
        assertTrue(rejected.rawText().startsWith("1.Nowak J., Title"));
        assertInstanceOf(ParsedEntry.Accepted.class, entries.get(1));
    }

    @Test
    void rejectsDatesThatDoNotExistAndBackwardPages() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n"
                + "1.Nowak J., Title, ICML, Conference, 2019-02-30/03-02, Kraków (PL), pp.20-12, 2019\n");

        ParsedEntry.Rejected rejected = assertInstanceOf(ParsedEntry.Rejected.class, read(report).get(0));

        assertEquals(List.of(
                "r.txt:2: pages: the first page comes after the last (found \"20-12\")",
                "r.txt:2: dates: is not a real date (Invalid date 'FEBRUARY 30') (found \"2019-02-30/03-02\")"),
                rejected.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void rejectsAnEntryWithNoAuthorsInTheListedForm() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n"
                + "1.Scaling things, ICML, Conference, 2019-07-01/07-02, Kraków (PL), pp.1-2, 2019\n");

        ParsedEntry.Rejected rejected = assertInstanceOf(ParsedEntry.Rejected.class, read(report).get(0));

        assertEquals("r.txt:2: authors: no author in the form \"Surname I.\" at the start of the entry "
                + "(found \"Scaling things, ICML, Conference, 2019-07-01/07-02, Kraków (\")",
                rejected.diagnostics().get(0).toString());
    }

    @Test
    void readsCrlfAndAByteOrderMarkAndTreatsARepeatedCitationAsOneEntry() {
        Path report = TestReports.write(temp, "r.txt", "\uFEFFPrace konferencyjne\r\n1." + GOOD_CITATION + "\r\n1."
                + GOOD_CITATION + "\r\nStreszczenie: Short text.\r\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(1, entries.size());
        ParsedEntry.Accepted entry = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(0));
        assertEquals(Optional.of("Short text."), entry.publication().abstractText());
    }

    @Test
    void refusesAReportThatIsNotInTheGivenEncoding() throws Exception {
        Path report = temp.resolve("cp1250.txt");
        java.nio.file.Files.write(report, ("Prace konferencyjne\n1." + GOOD_CITATION + "\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));

        try (ReportReader reader = ReportReader.open(report, StandardCharsets.UTF_8, "IPPT PAN")) {
            PublodException failure = org.junit.jupiter.api.Assertions.assertThrows(PublodException.class,
                    () -> reader.entries().toList());
            assertEquals("cp1250.txt: is not valid UTF-8; give the report's encoding with --encoding "
                    + "(for example windows-1250 or ISO-8859-2)", failure.getMessage());
        }
    }

    @Test
    void checksIssnAndDoiAndReportsEachWithItsLine() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Good Title, Some Journal, ISSN: 00207683, DOI: 10.1016/J.X.1, Vol.1, pp.1-2, 2020\n"
                + "2.Nowak J., Bad Title, Some Journal, ISSN: 0020-7684, DOI: 5555/12345, Vol.1, pp.1-2, 2020\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(List.of("r.txt:2: issn: ISSN written without its hyphen; read as 0020-7683 (found \"00207683\")"),
                entries.get(0).diagnostics().stream().map(Object::toString).toList());
        ParsedEntry.Accepted good = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(0));
        assertEquals("10.1016/j.x.1", good.publication().doi().orElseThrow().value());
        assertEquals(List.of("r.txt:3: doi: a DOI starts with \"10.\" (found \"5555/12345\")",
                "r.txt:3: issn: the ISSN's check digit should be 3 (found \"0020-7684\")"),
                assertInstanceOf(ParsedEntry.Rejected.class, entries.get(1)).diagnostics().stream()
                        .map(Object::toString).toList());
    }

    @Test
    void infersTheCategoryUnderAMixedHeadingAndSaysSo() {
        Path report = TestReports.write(temp, "r.txt", "Recent publications\n"
                + "1.Nowak J., A Paper, Some Journal, ISSN: 0020-7683, pp.1-2, 2020\n"
                + "2.Nowak J., Something Else, Somewhere, 2020\n");

        List<ParsedEntry> entries = read(report);

        Publication article = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(0)).publication();
        assertEquals(Category.JOURNAL_ARTICLE, article.category());
        assertEquals("Some Journal", article.journal().orElseThrow().title());
        assertEquals(List.of("r.txt:2: category: no category heading above the entry; taken as a journal article, "
                + "from its ISSN"), entries.get(0).diagnostics().stream().map(Object::toString).toList());
        assertEquals(List.of("r.txt:3: category: no category heading above the entry, and neither an ISSN nor "
                + "event dates and place to tell its kind"),
                entries.get(1).diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void rejectsADamagedEntryInsteadOfSwallowingIt() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n1." + GOOD_CITATION + "\n2.\n3."
                + GOOD_CITATION + "\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(3, entries.size());
        assertEquals("r.txt:3: authors: no author in the form \"Surname I.\" at the start of the entry (found \"\")",
                assertInstanceOf(ParsedEntry.Rejected.class, entries.get(1)).diagnostics().get(0).toString());
    }

    @Test
    void readsAWindows1250ReportWhenToldItsEncoding() throws Exception {
        Path report = temp.resolve("cp1250.txt");
        java.nio.file.Files.write(report, ("Prace konferencyjne\n1." + GOOD_CITATION + "\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1250")));

        try (ReportReader reader = ReportReader.open(report, java.nio.charset.Charset.forName("windows-1250"),
                "IPPT PAN")) {
            Publication publication = assertInstanceOf(ParsedEntry.Accepted.class, reader.entries().toList().get(0))
                    .publication();
            assertEquals("Kowalska-Wiśniewska", publication.authors().get(2).name().familyName());
        }
    }

    @Test
    void warnsWhenAUtf8ReportIsReadInAnotherEncoding() {
        Path report = TestReports.write(temp, "utf8.txt", "Prace konferencyjne\n1." + GOOD_CITATION + "\n");

        try (ReportReader reader = ReportReader.open(report, java.nio.charset.Charset.forName("ISO-8859-2"),
                "IPPT PAN")) {
            reader.entries().toList();
            assertEquals(List.of("utf8.txt:1: encoding: the report is valid UTF-8 with non-ASCII letters, but is "
                    + "read as ISO-8859-2; if names look wrong, publish it without --encoding"),
                    reader.reportDiagnostics().stream().map(Object::toString).toList());
        }
    }

    private static List<ParsedEntry> read(Path report) {
        try (ReportReader reader = ReportReader.open(report, StandardCharsets.UTF_8, "IPPT PAN")) {
            return reader.entries().toList();
        }
    }

    private static List<Publication> publications(Path report) {
        return read(report).stream().map(e -> assertInstanceOf(ParsedEntry.Accepted.class, e).publication())
                .toList();
    }
}
