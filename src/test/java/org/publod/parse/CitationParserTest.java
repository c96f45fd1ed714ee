package org.publod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.publod.model.AuthorName;
import org.publod.model.Diagnostic;
import org.publod.model.SourceLocation;

/** Properties of the citation parser over names and numbers of any length and alphabet. */
class CitationParserTest {
    private static final SourceLocation LINE = new SourceLocation("r.txt", 2);
    private static final List<String> NOT_SURNAME_WORDS = List.of("Jr", "Sr", "II", "III", "IV");

    @Property
    void neverThrowsWhateverTheText(@ForAll("anyText") String citation) {
        List<Diagnostic> diagnostics = new ArrayList<>();

        CitationParser.parse(citation, LINE, diagnostics);

        diagnostics.forEach(diagnostic -> assertEquals(LINE, diagnostic.location()));
    }

    @Property
    void findsEveryAuthorOfAWellFormedListInOrder(@ForAll("authorLists") List<AuthorName> authors,
                                                   @ForAll("numbers") String volume) {
        List<String> listed = authors.stream().map(AuthorName::asListed).toList();
        String citation = String.join(", ", listed) + ", Wave Propagation in layered media, Journal of Things, "
                + "ISSN: 0020-7683, Vol." + volume + ", No.3, pp.12-20, 2024";
        List<Diagnostic> diagnostics = new ArrayList<>();

        CitationParser.Citation parsed = CitationParser.parse(citation, LINE, diagnostics);

        assertEquals(authors, parsed.authors(), citation);
        assertEquals(List.of("Wave Propagation in layered media", "Journal of Things"), parsed.segments());
        assertEquals(List.of(), diagnostics.stream().filter(Diagnostic::isError).toList());
    }

    @Property
    void comparesPagesOfAnyLengthByValue(@ForAll("numbers") String first, @ForAll("numbers") String last) {
        List<Diagnostic> diagnostics = new ArrayList<>();

        CitationParser.parse("Nowak J., A Title, Journal of Things, pp." + first + "-" + last + ", 2024", LINE,
                diagnostics);

        boolean backwards = new BigInteger(first).compareTo(new BigInteger(last)) > 0;
        assertEquals(backwards, diagnostics.stream().anyMatch(d -> d.isError() && d.field().equals("pages")),
                diagnostics.toString());
    }

    @Example
    void warnsWhenAFieldItCouldNotReadStaysInTheVenue() {
        List<Diagnostic> diagnostics = new ArrayList<>();

        CitationParser.Citation parsed = CitationParser.parse("Nowak J., Kowalska A., Damping of Sandwich Beams, "
                + "Journal of Sound and Vibration, pp.101-118, Vol.12, 2023", LINE, diagnostics);

        assertEquals(Optional.of("pp.101-118"), parsed.lastSegment(), "the pages printed before the volume");
        assertEquals(List.of("venue: pp.101-118"), diagnostics.stream().filter(d -> !d.isError())
                .map(d -> d.field() + ": " + d.found().orElse("")).toList());
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(300)
                .map(text -> text.replaceAll("[\\uD800-\\uDFFF]", "\uFFFD"));
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(400);
        Arbitrary<String> fields = Arbitraries.of("pp.", "No.", "Vol.", "Art. No. ", ", ", "-", "–", "(PL)",
                "2024-07-21/07-27", "ISSN: ", "DOI: 10.", "Nowak J.", "漢字 J.", "Jr", "*", "¹", " ");
        Arbitrary<String> assembled = Combinators.combine(fields.list().ofMaxSize(12), digits.list().ofMaxSize(6))
                .as((parts, numbers) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(i < numbers.size() ? numbers.get(i) : "");
                    }
                    return text.toString();
                });
        return Arbitraries.oneOf(noise, assembled);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(200);
    }

    @Provide
    Arbitrary<List<AuthorName>> authorLists() {
        return author().list().ofMinSize(1).ofMaxSize(30);
    }

    /** "Surname [Suffix] I.J." with a surname of one or two words in any script, and initials of cased letters. */
    private static Arbitrary<AuthorName> author() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30)
                        .map(rest -> "N" + rest),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(1).ofMaxLength(20).map(rest -> "Ж" + rest),
                Arbitraries.strings().withCharRange('α', 'ω').ofMinLength(1).ofMaxLength(20).map(rest -> "Ω" + rest),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars("ąęółśżźćńĄĘÓŁŚŻŹĆŃ").ofMinLength(2).ofMaxLength(12)
                        .map(rest -> "Ł" + rest))
                .filter(text -> !NOT_SURNAME_WORDS.contains(text));
        Arbitrary<String> surname = word.list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words));
        Arbitrary<String> initials = Arbitraries.of("A", "Ł", "Ж", "Ω", "Ch", "Sz").list().ofMinSize(1).ofMaxSize(3)
                .map(letters -> String.join(".", letters) + ".");
        Arbitrary<Optional<String>> suffix = Arbitraries.of("Jr", "Jr.", "II", "Sr.").optional(0.2);
        return Combinators.combine(surname, initials, suffix).as((family, given, generational) -> new AuthorName(
                family + generational.map(text -> " " + text).orElse("") + " " + given, family, given, generational));
    }
}
