package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.vocab.SCHEMA;

/**
 * The HTML pages over real HTTP: each validates as HTML5 with the Nu HTML Checker, embeds the same JSON-LD as the
 * resource's JSON-LD document (a publication's with its authors in the listed order), and shows an entry whose
 * title is markup as text.
 */
class PagesIT {
    static final String BASE = ServedStore.BASE;
    static final String SCALING = BASE + "publication/2024/scaling-laws-for-fine-grained-mixture-of-experts-3dff61";
    static final String HOSTILE = BASE + "publication/2024/script-alert-1-script-a8650e";
    static final String OBRIEN = BASE + "person/o-brien-j";
    static final String CYGAN = BASE + "person/cygan-m";
    static final String ICML = BASE + "event/icml-2024-07-21";
    static final String ARTICLE = BASE + "publication/doi/10.1016-j.ijsolstr.2024.112345-9c0da7";
    static final String JOURNAL = BASE + "journal/0020-7683";
    static final String MAMBA = BASE
            + "publication/2024/moe-mamba-efficient-selective-state-space-models-with-cdd57b";
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
    void embeddedJsonLdIsTheJsonLdDocument() {
        for (String iri : List.of(SCALING, HOSTILE, OBRIEN, CYGAN, BASE + "person/pioro-m-68a646", ICML,
                BASE + "organization/ippt-pan", SCALING + "/author/1", BASE + "report/ippt-example.txt")) {
            String document = served.local(served.documentOf(iri));
            JsonNode embedded = json(embeddedJsonLd(served.get(document, "Accept", "text/html").body()));
            JsonNode published = json(served.get(document + "?format=jsonld").body());
            assertTrue(published.size() > 0, iri);
            assertEquals(published, embedded, iri);
        }
        for (String page : List.of(BASE, BASE + "search?q=Mixture", BASE + "sparql")) {
            JsonNode site = json(embeddedJsonLd(html(page)));
            assertEquals(SCHEMA.NS, site.get("@context").asText(), page);
            assertEquals(page.equals(BASE) ? "WebSite" : "WebPage", site.get("@type").asText(), page);
        }
    }

    @Test
    void aPublicationPageEmbedsItsSchemaOrgViewWithTheAuthorsInOrder() {
        for (String iri : List.of(SCALING, MAMBA)) {
            String html = html(served.documentOf(iri));
            JsonNode root = json(embeddedJsonLd(html));
            assertEquals(SCHEMA.NS, root.get("@context").asText());
            assertEquals(iri, root.get("@id").asText());
            assertEquals(root.get("name"), root.get("headline"));
            assertEquals("2024", root.get("datePublished").asText());
            List<String> authors = new ArrayList<>();
            root.get("author").forEach(author -> authors.add(author.get("name").asText()));
            assertEquals(citationAuthors(html).stream().map(name -> name.replace(", ", " ")).toList(), authors, iri);
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
            String besidesCopyScript = html.replace("<script>" + Responses.elementText(Responses.SCRIPTED_TEMPLATE,
                    "script") + "</script>", "");
            assertEquals(1, count(besidesCopyScript.toLowerCase(Locale.ROOT), "<script"),
                    page + ": one script, the JSON-LD, besides the Cite block's copy button");
            assertEquals(List.of(), validator.errors(html, page), page);
            json(embeddedJsonLd(html));
        }
        String publication = html(served.documentOf(HOSTILE));
        assertEquals(ServedStore.HOSTILE_TITLE, json(embeddedJsonLd(publication)).get("headline").asText());
        assertTrue(publication.contains("O&#39;Brien J."), "the author's name, escaped");
        assertTrue(publication.contains("<meta name=\"citation_title\" content=\"" + escapedTitle + "\">"));
        assertTrue(publication.contains("<meta name=\"citation_author\" content=\"O&#39;Brien, J.\">"));
    }

    @Test
    void publicationPagesCarryTheCitationMetaTags() {
        String html = html(served.documentOf(SCALING));
        List<String> authors = citationAuthors(html);
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
                served.documentOf(BASE + "person/pioro-m-68a646"), served.documentOf(OBRIEN),
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

    private static List<String> citationAuthors(String html) {
        List<String> authors = new ArrayList<>();
        Matcher matcher = Pattern.compile("<meta name=\"citation_author\" content=\"([^\"]*)\">").matcher(html);
        while (matcher.find()) {
            authors.add(ServedStore.unescape(matcher.group(1)));
        }
        return authors;
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
