package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.SharedFiles;
import org.publod.cli.PublodCommand;

/**
 * The real IPPT PAN export, published into a TDB2 store and exported by {@code publod export} in each format: JBibTeX
 * and citeproc-java read every publication back, with the titles the store holds and authors on each. Needs the
 * shared folder (skipped, saying so, without it).
 */
class RealExportCitationsIT {
    @TempDir
    Path temp;

    @Test
    void everyPublishedPublicationIsReadBackFromEachFormat() throws IOException {
        Path report = SharedFiles.realExport();
        Path store = temp.resolve("store");
        run("publish", "--store", store.toString(), report.toString());
        String titles = run("query", "--store", store.toString(), "--format", "tsv",
                "SELECT DISTINCT ?title { ?p a fabio:Expression ; schema:author ?a ; dcterms:title ?title }");
        Set<String> expected = titles.lines().skip(1).map(line -> line.strip().replaceAll("^\"|\"$", ""))
                .map(title -> title.replace("\\\"", "\"")).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty());

        for (String format : List.of("bibtex", "csl", "ris")) {
            Path file = temp.resolve("real." + format);
            run("export", "--store", store.toString(), "--format", format, "-o", file.toString());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<CSLItemData> items = switch (format) {
                case "bibtex" -> CitationParsers.bibTexItems(text);
                case "csl" -> CitationParsers.cslJson(text);
                default -> CitationParsers.ris(text);
            };
            assertEquals(expected, items.stream().map(CSLItemData::getTitle)
                    .collect(Collectors.toCollection(TreeSet::new)), format);
            assertTrue(items.stream().allMatch(item -> !CitationParsers.families(item).isEmpty()), format);
            if (format.equals("bibtex")) {
                List<BibTeXEntry> entries = CitationParsers.bibTex(text);
                assertEquals(items.size(), entries.stream().map(entry -> entry.getKey().getValue()).distinct()
                        .count(), "unique keys");
            }
        }
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PublodCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertTrue(exit == 0 || args[0].equals("publish") && exit == 3, String.join(" ", args) + ": " + err);
        return out.toString();
    }
}
