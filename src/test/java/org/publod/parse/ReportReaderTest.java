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

    @Test
    void readsASuffixApartFromTheFamilyNameWhereverItIsPrinted() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J.A., Smith Jr J., Wright R.T. II, Baker P., Sr., Cygan M., Residual Stress in Welded "
                + "Joints, Archives of Mechanics, ISSN: 0373-2029, Vol.76, No.2, pp.101-118, 2024\n");

        Publication article = publications(report).get(0);

        assertEquals(List.of("Nowak", "Smith", "Wright", "Baker", "Cygan"),
                article.authors().stream().map(a -> a.name().familyName()).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("Jr"), Optional.of("II"), Optional.of("Sr."),
                Optional.empty()), article.authors().stream().map(a -> a.name().suffix()).toList());
        assertEquals("Smith Jr", article.authors().get(1).name().familyNameAndSuffix());
        assertEquals("Residual Stress in Welded Joints", article.title());
    }

    @Test
    void dropsFootnoteMarkersAfterInitialsWithAWarningAndKeepsEveryAuthor() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Zielińska A.*, Kowalczyk T.¹, Nowak J.a, Cygan M.#, Lattice Models of Porous Ceramics, "
                + "Archives of Mechanics, ISSN: 0373-2029, Vol.75, No.4, pp.301-322, 2023\n"
                + "Afiliacje autorów:\n"
                + "Zielińska A.*-IPPT PAN\n"
                + "Kowalczyk T.-other affiliation\n"
                + "Nowak J.-other affiliation\n"
                + "Cygan M.-IPPT PAN\n");

        ParsedEntry.Accepted entry = assertInstanceOf(ParsedEntry.Accepted.class, read(report).get(0));

        assertEquals(List.of("Zielińska A.", "Kowalczyk T.", "Nowak J.", "Cygan M."), entry.publication().authors()
                .stream().map(a -> a.name().asListed()).toList());
        assertEquals("Lattice Models of Porous Ceramics", entry.publication().title());
        assertEquals(new Affiliation.Institute("IPPT PAN"), entry.publication().authors().get(0).affiliation());
        assertEquals(List.of(
                "r.txt:2: authors: footnote marker \"*\" after the author's initials dropped; the author is read "
                        + "as \"Zielińska A.\" (found \"Zielińska A.*\")",
                "r.txt:2: authors: footnote marker \"¹\" after the author's initials dropped; the author is read "
                        + "as \"Kowalczyk T.\" (found \"Kowalczyk T.¹\")",
                "r.txt:2: authors: footnote marker \"a\" after the author's initials dropped; the author is read "
                        + "as \"Nowak J.\" (found \"Nowak J.a\")",
                "r.txt:2: authors: footnote marker \"#\" after the author's initials dropped; the author is read "
                        + "as \"Cygan M.\" (found \"Cygan M.#\")"),
                entry.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void rejectsAnAuthorWithoutInitialsInsteadOfMovingTheRestOfTheListIntoTheTitle() {
        Path report = TestReports.write(temp, "r.txt", "Prace konferencyjne\n"
                + "1.Ludziejewski J., Krajewski, Pióro M., Cygan M., Sparse Routing for Expert Layers, ICML, "
                + "International Conference on Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.1-12, 2024\n"
                + "2.J. Kowalska, Nowak P., Cygan M., Wave Propagation in Layered Media, ICML, International "
                + "Conference on Machine Learning, 2024-07-21/07-27, Wiedeń (AT), pp.13-20, 2024\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(List.of("r.txt:2: authors: is not an author in the form \"Surname I.\", but further authors "
                + "follow it; correct it in the report, as publod cannot tell this author's name (found "
                + "\"Krajewski\")"), errors(entries.get(0)));
        assertEquals(List.of("r.txt:3: authors: is not an author in the form \"Surname I.\", but further authors "
                + "follow it; correct it in the report, as publod cannot tell this author's name (found "
                + "\"J. Kowalska\")"), errors(entries.get(1)));
    }

    @Test
    void rejectsATitleThatStartsWithAnAuthorInAnotherForm() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Cygan MA, Damage Evolution in Concrete Under Cyclic Loads, Archives of Mechanics, "
                + "ISSN: 0373-2029, Vol.71, No.1, pp.1-20, 2019\n");

        assertEquals(List.of("r.txt:2: title: starts with what looks like an author not in the form "
                + "\"Surname I.\"; correct the author in the report, as publod cannot tell where the authors end "
                + "and the title begins (found \"Cygan MA\")"), errors(read(report).get(0)));
    }

    @Test
    void warnsWhenTheTitleStartsWithALoneWordThatMayBeTheLastAuthor() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Cygan, Damage Evolution in Concrete Under Cyclic Loads, Archives of Mechanics, "
                + "ISSN: 0373-2029, Vol.71, No.1, pp.1-20, 2019\n");

        ParsedEntry entry = read(report).get(0);

        assertEquals(List.of("r.txt:2: title: starts with a single word before a comma, which may be an author "
                + "printed without initials; check the entry (found \"Cygan\")"),
                entry.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void warnsAboutPagesPrintedWithoutTheirDashAndReadsEnDashes() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Thermal Buckling of Thin Shells, Archives of Mechanics, ISSN: 0373-2029, Vol.70, "
                + "No.2, pp.112113, 2018\n"
                + "2.Nowak J., Creep of Polymer Foams, Archives of Mechanics, ISSN: 0373-2029, Vol.70, No.3, "
                + "pp.215–229, 2018\n"
                + "3.Nowak J., Plastic Hinges Revisited, Archives of Mechanics, ISSN: 0373-2029, Vol.70, No.4, "
                + "pp.33270, 2018\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(List.of("r.txt:2: pages: implausible page range: one page 112113, or pages 112-113 printed "
                + "without their dash? Published as one page (found \"112113\")"),
                entries.get(0).diagnostics().stream().map(Object::toString).toList());
        Publication second = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(1)).publication();
        assertEquals(Optional.of(new PageRange("215–229", "215", Optional.of("229"))), second.pages());
        assertEquals(List.of(), entries.get(2).diagnostics());
    }

    @Test
    void rejectsPagesTooLongForALongWithAMessageAndReadsTheNextEntry() {
        String huge = "9".repeat(40);
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Fatigue of Rail Steels, Archives of Mechanics, ISSN: 0373-2029, Vol.70, No.2, pp.015020-"
                + huge + "-1, 2018\n"
                + "2.Nowak J., Fatigue of Rail Steels II, Archives of Mechanics, ISSN: 0373-2029, Vol.70, No.2, pp."
                + huge + "-1, 2018\n"
                + "3.Nowak J., Fatigue of Rail Steels III, Archives of Mechanics, ISSN: 0373-2029, Vol.70, No.2, "
                + "pp.1-" + huge + ", 2018\n");

        List<ParsedEntry> entries = read(report);

        assertEquals(List.of("r.txt:2: pages: the first page comes after the last (found \"015020-" + huge + "-1\")"),
                errors(entries.get(0)));
        assertEquals(List.of("r.txt:3: pages: the first page comes after the last (found \"" + huge + "-1\")"),
                errors(entries.get(1)));
        assertEquals(List.of("r.txt:4: pages: implausible page range: a page number of more than 6 digits (found "
                + "\"1-" + huge + "\")"), entries.get(2).diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void readsAnArticleNumberPrintedAsNoApartFromTheIssue() {
        Path report = TestReports.write(temp, "r.txt", "Publikacje w czasopismach\n"
                + "1.Nowak J., Acoustic Emission in Bone, PLOS ONE, ISSN: 1932-6203, Vol.14, No.e0213456, 2019\n"
                + "2.Nowak J., Shear Bands in Sand, Materials, ISSN: 1996-1944, Vol.16, No.3, Art. No. 1187, 2023\n"
                + "3.Nowak J., Heat Flow in Microchannels, Energies, ISSN: 1996-1073, Vol.17, Article number 5521, "
                + "pp.1-18, 2024\n"
                + "4.Nowak J., Granular Flow, Journal of Things, ISSN: 0020-7683, Vol.290, No.112345, 2024\n"
                + "5.Nowak J., Crack Paths, Journal of Things, ISSN: 0020-7683, Vol.291, No.Spring issue with extras "
                + "and more, pp.1-2, 2024\n");

        List<ParsedEntry> entries = read(report);

        List<org.publod.model.Journal> journals = entries.stream().map(e -> assertInstanceOf(
                ParsedEntry.Accepted.class, e).publication().journal().orElseThrow()).toList();
        assertEquals(List.of(Optional.empty(), Optional.of("3"), Optional.empty(), Optional.empty(),
                Optional.of("Spring issue with extras and more")),
                journals.stream().map(org.publod.model.Journal::issue).toList());
        assertEquals(List.of(Optional.of("e0213456"), Optional.of("1187"), Optional.of("5521"),
                Optional.of("112345"), Optional.empty()),
                journals.stream().map(org.publod.model.Journal::articleNumber).toList());
        assertEquals(List.of(List.of(), List.of(), List.of(),
                List.of("r.txt:5: issue: \"No.112345\" is too large for an issue; published as an article number "
                        + "(found \"112345\")"),
                List.of("r.txt:6: issue: implausible issue number; published as written (found \"Spring issue "
                        + "with extras and more\")")),
                entries.stream().map(e -> e.diagnostics().stream().map(Object::toString).toList()).toList());
    }

    @Test
    void readsAMonographsPagesAsItsPageCount() {
        Path report = TestReports.write(temp, "r.txt", "Monografie\n"
                + "1.Nowak J.A., Mechanics of Layered Composites, Some Academic Publisher, pp.250, 2021\n"
                + "2.Nowak J.A., Waves in Elastic Solids, Some Academic Publisher, pp.1-250, 2021\n");

        List<ParsedEntry> entries = read(report);

        Publication first = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(0)).publication();
        assertEquals(Optional.empty(), first.pages());
        assertEquals(Optional.of(250), first.book().orElseThrow().pageCount());
        Publication second = assertInstanceOf(ParsedEntry.Accepted.class, entries.get(1)).publication();
        assertEquals(Optional.empty(), second.pages());
        assertEquals(List.of("r.txt:3: pages: a monograph's \"pp.\" is read as its number of pages, and this is "
                + "not one; left out (found \"1-250\")"),
                entries.get(1).diagnostics().stream().map(Object::toString).toList());
    }

    private static List<ParsedEntry> read(Path report) {
        try (ReportReader reader = ReportReader.open(report, StandardCharsets.UTF_8, "IPPT PAN")) {
            return reader.entries().toList();
        }
    }

    private static List<String> errors(ParsedEntry entry) {
        return assertInstanceOf(ParsedEntry.Rejected.class, entry).diagnostics().stream()
                .filter(org.publod.model.Diagnostic::isError).map(Object::toString).toList();
    }

    private static List<Publication> publications(Path report) {
        return read(report).stream().map(e -> assertInstanceOf(ParsedEntry.Accepted.class, e).publication())
                .toList();
    }
}
