package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.vocab.DCTERMS;

/**
 * The HTML pages over real HTTP: each validates as HTML5 with the Nu HTML Checker, embeds JSON-LD that parses to
 * the same triples as the resource's JSON-LD document, and shows an entry whose title is markup as text.
 */
class PagesIT {
    static final String BASE = ServedStore.BASE;
    static final String SCALING = BASE + "publication/2024/scaling-laws-for-fine-grained-mixture-of-experts";
    static final String HOSTILE = BASE + "publication/2024/script-alert-1-script";
    static final String OBRIEN = BASE + "person/o-brien-j";
    static final String CYGAN = BASE + "person/cygan-m";
    static final String ICML = BASE + "event/icml-2024-07-21";
    static final String ARTICLE = BASE + "publication/2024/strain-fields-near-cracks-a-numerical-study-2.0";
    static final String JOURNAL = BASE + "journal/0020-7683";
    private static final Pattern JSON_LD = Pattern.compile(
            "<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @TempDir
    static Path temp;
    static ServedStore served;
    static HtmlValidator validator;

    @BeforeAll
    static void publishAndServe() {
        served = ServedStore.publish(temp, BASE);
        validator = HtmlValidator.load();
    }

    @AfterAll
    static void stop() {
        validator.close();
        served.close();
    }

    @Test
    void everyKindOfPageValidatesAsHtml5() {
        List<String> failures = new ArrayList<>();
        for (String page : pages()) {
            String html = html(page);
            List<String> errors = validator.errors(html, page);
            if (!errors.isEmpty()) {
                failures.add(page + ":\n  " + String.join("\n  ", errors));
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theValidatorFindsErrorsInABrokenPage() {
        assertFalse(validator.errors("<!DOCTYPE html><html lang=en><title>x</title><p><div></span>", BASE).isEmpty());
    }

    @Test
    void embeddedJsonLdParsesToTheTriplesOfTheJsonLdDocument() {
        for (String iri : List.of(SCALING, HOSTILE, OBRIEN, CYGAN, BASE + "person/pióro-m", ICML,
                BASE + "organization/ippt-pan", SCALING + "/author/1", BASE + "report/ippt-example.txt")) {
            String document = served.local(served.documentOf(iri));
            Model embedded = RDFParser.fromString(embeddedJsonLd(served.get(document, "Accept", "text/html").body()),
                    Lang.JSONLD).toModel();
            Model published = RDFParser.fromString(served.get(document + "?format=jsonld").body(), Lang.JSONLD)
                    .toModel();
            assertTrue(published.size() > 0, iri);
            assertTrue(published.isIsomorphicWith(embedded), iri);
        }
        for (String page : List.of(BASE, BASE + "search?q=Mixture", BASE + "sparql")) {
            assertTrue(RDFParser.fromString(embeddedJsonLd(html(page)), Lang.JSONLD).toModel().size() > 0, page);
        }
    }

    @Test
    void anEntryWhoseTitleIsMarkupIsShownAsTextOnEveryPage() {
        String escapedTitle = "&lt;script&gt;alert(1)&lt;/script&gt;";
        List<String> pages = List.of(served.documentOf(HOSTILE), served.documentOf(OBRIEN),
                served.documentOf(CYGAN), served.documentOf(ICML), BASE, BASE + "search?q=script",
                BASE + "search?q=" + URLEncoder.encode("O'Brien", StandardCharsets.UTF_8),
                BASE + "search?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        for (String page : pages) {
            String html = html(page);
            assertTrue(html.contains(escapedTitle), page + " shows the title as text");
            assertFalse(html.contains(ServedStore.HOSTILE_TITLE), page + " has the title as markup");
            assertFalse(html.contains("alert(2)</script>"), page);
            assertEquals(1, count(html.toLowerCase(Locale.ROOT), "<script"), page + ": one script, the JSON-LD");
            assertEquals(List.of(), validator.errors(html, page), page);
            RDFParser.fromString(embeddedJsonLd(html), Lang.JSONLD).toModel();
        }
        String publication = html(served.documentOf(HOSTILE));
        Model embedded = RDFParser.fromString(embeddedJsonLd(publication), Lang.JSONLD).toModel();
        assertTrue(embedded.contains(embedded.createResource(HOSTILE), DCTERMS.title, ServedStore.HOSTILE_TITLE));
        assertTrue(publication.contains("O&#39;Brien J."), "the author's name, escaped");
        assertTrue(publication.contains("<meta name=\"citation_title\" content=\"" + escapedTitle + "\">"));
        assertTrue(publication.contains("<meta name=\"citation_author\" content=\"O&#39;Brien, J.\">"));
    }

    @Test
    void publicationPagesCarryTheCitationMetaTags() {
        String html = html(served.documentOf(SCALING));
        List<String> authors = new ArrayList<>();
        Matcher matcher = Pattern.compile("<meta name=\"citation_author\" content=\"([^\"]*)\">").matcher(html);
        while (matcher.find()) {
            authors.add(ServedStore.unescape(matcher.group(1)));
        }
        assertEquals(List.of("Ludziejewski, J.", "Krajewski, J.", "Adamczewski, K.", "Pióro, M.", "Krutul, M.",
                "Antoniak, S.", "Ciebiera, K.", "Król, K.", "Odrzygoźdź, T.", "Sankowski, P.", "Cygan, M.",
                "Jaszczur, S."), authors);
        for (String tag : List.of("citation_title\" content=\"Scaling Laws for Fine-Grained Mixture of Experts",
                "citation_publication_date\" content=\"2024", "citation_date\" content=\"2024",
                "citation_firstpage\" content=\"33270", "citation_lastpage\" content=\"33288",
                "citation_conference_title\" content=\"The Forty-First International Conference on Machine Learning")) {
            assertTrue(html.contains("<meta name=\"" + tag + "\">"), tag);
        }
    }

    @Test
    void aJournalArticleShowsItsJournalVolumeIssueAndDoi() {
        String html = html(served.documentOf(ARTICLE));
        assertTrue(html.contains("<a href=\"" + JOURNAL + "\">INTERNATIONAL JOURNAL OF SOLIDS AND STRUCTURES</a>, "
                + "vol. 290, no. 3"), html);
        assertTrue(html.contains("<a href=\"https://doi.org/10.1016/j.ijsolstr.2024.112345\">"), html);
        for (String tag : List.of("citation_doi\" content=\"10.1016/j.ijsolstr.2024.112345",
                "citation_journal_title\" content=\"INTERNATIONAL JOURNAL OF SOLIDS AND STRUCTURES",
                "citation_volume\" content=\"290", "citation_issue\" content=\"3")) {
            assertTrue(html.contains("<meta name=\"" + tag + "\">"), tag);
        }
        assertFalse(html(BASE + "search?q=journal").contains(JOURNAL), "a journal is no publication");
    }

    /** One page of each kind, addressed by its public URL. */
    private static List<String> pages() {
        return List.of(BASE, BASE + "search", BASE + "search?q=Mixture", BASE + "search?q=nothing-matches",
                BASE + "sparql", BASE + ".well-known/void", served.documentOf(SCALING), served.documentOf(HOSTILE),
                served.documentOf(BASE + "person/pióro-m"), served.documentOf(OBRIEN),
                served.documentOf(BASE + "organization/ippt-pan"), served.documentOf(ICML),
                served.documentOf(SCALING + "/author/1"), served.documentOf(SCALING + "/embodiment"),
                served.documentOf(BASE + "report/ippt-example.txt"), served.documentOf(BASE + "dataset"),
                served.documentOf(ARTICLE), served.documentOf(JOURNAL));
    }

    private static String html(String publicUrl) {
        HttpResponse<String> response = served.get(served.local(publicUrl), "Accept", "text/html");
        assertEquals(200, response.statusCode(), publicUrl);
        return response.body();
    }

    private static String embeddedJsonLd(String html) {
        Matcher matcher = JSON_LD.matcher(html);
        assertTrue(matcher.find(), "no embedded JSON-LD");
        return matcher.group(1);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
