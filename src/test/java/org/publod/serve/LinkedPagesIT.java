package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of a linked store: persons as evidence found them, and the IRIs they had before. */
class LinkedPagesIT {
    private static final String JOINED = ServedStore.BASE + "person/dblp/900/1009";

    @TempDir
    static Path temp;
    private static ServedStore served;

    @BeforeAll
    static void publishAndLink() {
        served = ServedStore.publishLinked(temp, ServedStore.BASE);
    }

    @AfterAll
    static void close() {
        served.close();
    }

    @Test
    void aJoinedPersonsPageShowsBothSpellingsItsDblpPersonAndTheEvidence() {
        HttpResponse<String> page = served.get(served.local(served.documentOf(JOINED)), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        String html = ServedStore.unescape(page.body());
        assertTrue(html.contains("Odrzygoźdź T.") && html.contains("Odrzygóźdź T."), html);
        assertTrue(html.contains("https://dblp.org/pid/900/1009") && html.contains("author alignment"), html);
        assertEquals(2, html.split("<li><a href=\"[^\"]*/publication/").length - 1,
                "both papers are the one person's: " + html);
        try (HtmlValidator validator = HtmlValidator.load()) {
            assertEquals(java.util.List.of(), validator.errors(page.body(), JOINED));
        }
    }

    @Test
    void eachSpellingsEarlierIriMovesPermanentlyToTheJoinedPerson() {
        for (String old : new String[] {"person/odrzygozdz-t-89aa0a", "person/odrzygozdz-t-fed1a3"}) {
            HttpResponse<String> moved = served.get(served.local(ServedStore.BASE + old), "Accept", "text/turtle");
            assertEquals(301, moved.statusCode(), old);
            assertTrue(moved.headers().firstValue("Location").orElseThrow().endsWith("/person/dblp/900/1009"),
                    moved.headers().toString());
        }
    }

    @Test
    void coAuthorListsCountTheJoinedPersonOnce() {
        String page = served.local(served.documentOf(ServedStore.BASE + "person/cygan-m"));
        String html = ServedStore.unescape(served.get(page, "Accept", "text/html").body());
        assertEquals(1, html.split("/person/dblp/900/1009\"").length - 1, html);
        assertTrue(!html.contains("odrzygozdz-t-"), "no co-author under a replaced IRI: " + html);
    }
}
