package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;

/**
 * {@code publod export} over a real TDB2 store holding the example report and the journal articles: every
 * publication, a person's, or a query's, in each citation format, to standard output or a file; and the user's
 * errors told as such.
 */
class ExportCommandIT {
    static final String BASE = "https://data.example.org/";
    static final Path JOURNAL = TestReports.GOLDEN.resolve("journal-articles/input.txt");
    private static final Pattern KEY = Pattern.compile("(?m)^@[a-z]+\\{([^,]+),$");

    @TempDir
    static Path temp;
    static Path store;

    @BeforeAll
    static void publish() {
        store = temp.resolve("store");
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute("publish", "--store", store.toString(), "--base", BASE,
                TestReports.example().toString(), JOURNAL.toString()), cli.err().toString());
    }

    @Test
    void exportsEveryPublicationOnceInEachFormat() throws IOException {
        long publications = count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a fabio:Expression ; schema:author ?a }");
        assertTrue(publications >= 5, "published " + publications);
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute("export", "--store", store.toString(), "--format", "bibtex"), cli.err().toString());
        List<String> keys = keys(cli.out().toString());
        assertEquals(publications, keys.size(), cli.out().toString());
        assertEquals(publications, keys.stream().distinct().count(), "unique keys: " + keys);
        assertTrue(cli.err().toString().contains("exported " + publications + " publications as bibtex"));

        Path file = temp.resolve("all.json");
        assertEquals(0, cli.execute("export", "--store", store.toString(), "--format", "csl", "-o", file.toString()));
        JsonNode items = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(publications, items.size());
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        assertEquals(keys, ids, "the same keys in every format");

        CapturedCommandLine ris = new CapturedCommandLine();
        assertEquals(0, ris.execute("export", "--store", store.toString(), "--format", "ris"));
        assertEquals(publications, ris.out().toString().lines().filter(line -> line.startsWith("ER  - ")).count());
    }

    @Test
    void exportsAPersonsPublicationsAndAQuerysPublicationColumn() throws IOException {
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute("export", "--store", store.toString(), "--format", "bibtex", "--person",
                BASE + "person/pioro-m-68a646"), cli.err().toString());
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p schema:author <" + BASE
                + "person/pioro-m-68a646> }"), keys(cli.out().toString()).size());
        assertTrue(cli.out().toString().contains("Pióro, M."), cli.out().toString());

        Path query = temp.resolve("articles.rq");
        Files.writeString(query, "SELECT ?year ?article { ?article a fabio:JournalArticle ; "
                + "fabio:hasPublicationYear ?year } ORDER BY DESC(?year)");
        CapturedCommandLine byQuery = new CapturedCommandLine();
        assertEquals(0, byQuery.execute("export", "--store", store.toString(), "--format", "ris", "--query",
                query.toString()), byQuery.err().toString());
        List<String> titles = byQuery.out().toString().lines().filter(line -> line.startsWith("TI  - "))
                .map(line -> line.substring(6)).toList();
        assertEquals(List.of("Online First Article Without a Volume",
                "Strain Fields Near Cracks: A Numerical Study, 2.0"), titles, "the journal articles, newest first");
    }

    @Test
    void tellsTheUsersErrorsWithoutAStackTrace() throws IOException {
        Path construct = temp.resolve("construct.rq");
        Files.writeString(construct, "CONSTRUCT WHERE { ?s ?p ?o }");
        for (String[] args : List.of(new String[] {"--format", "endnote"},
                new String[] {"--format", "bibtex", "--person", BASE + "person/nobody"},
                new String[] {"--format", "bibtex", "--query", construct.toString()})) {
            CapturedCommandLine cli = new CapturedCommandLine();
            List<String> command = new ArrayList<>(List.of("export", "--store", store.toString()));
            command.addAll(List.of(args));
            assertEquals(ExitCodes.INPUT, cli.execute(command.toArray(String[]::new)), cli.err().toString());
            assertFalse(cli.err().toString().contains("\tat "), cli.err().toString());
            assertTrue(cli.err().toString().contains(args[args.length - 1]), "names what is wrong: " + cli.err());
        }
        CapturedCommandLine both = new CapturedCommandLine();
        assertEquals(ExitCodes.USAGE, both.execute("export", "--store", store.toString(), "--format", "ris",
                "--person", BASE + "person/cygan-m", "--query", construct.toString()));
    }

    private static List<String> keys(String bibTex) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = KEY.matcher(bibTex);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static long count(String query) {
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.execute("query", "--store", store.toString(), "--format", "csv", query));
        return Long.parseLong(cli.out().toString().strip().split("\\R")[1].strip());
    }
}
