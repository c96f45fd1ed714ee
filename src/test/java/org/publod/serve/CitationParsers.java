package org.publod.serve;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

/**
 * Reads what the citation writers write with real parsers of each format: JBibTeX for BibTeX (its LaTeX parser and
 * printer turn the escaped text back into Unicode), citeproc-java for CSL-JSON and RIS, and citeproc-java's CSL
 * processor to render a bibliography in an official style.
 */
final class CitationParsers {
    private CitationParsers() {
    }

    /** The entries of a BibTeX text, in the order written. */
    static List<BibTeXEntry> bibTex(String text) {
        try {
            BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
            return new ArrayList<>(database.getEntries().values());
        } catch (ParseException e) {
            throw new AssertionError("JBibTeX cannot read the BibTeX: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The entries of a BibTeX text as CSL items, as citeproc-java reads them (it splits and parses the names). */
    static List<CSLItemData> bibTexItems(String text) {
        BibTeXConverter converter = new BibTeXConverter();
        return bibTex(text).stream().map(converter::toItemData).toList();
    }

    /** A field's value as text: its LaTeX read back into Unicode; empty when the entry has no such field. */
    static String field(BibTeXEntry entry, String name) {
        Value value = entry.getField(new Key(name));
        if (value == null) {
            return "";
        }
        try {
            return new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
        } catch (ParseException e) {
            throw new AssertionError("JBibTeX cannot read the LaTeX of " + name + ": " + value.toUserString(), e);
        }
    }

    /** The items of a CSL-JSON text, as citeproc-java reads them. */
    @SuppressWarnings("unchecked")
    static List<CSLItemData> cslJson(String text) {
        try {
            List<Object> items = new JsonParser(new JsonLexer(new StringReader(text))).parseArray();
            return items.stream().map(item -> CSLItemData.fromJson((Map<String, Object>) item)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The references of a RIS text, as citeproc-java reads them into CSL items, in the order written. */
    static List<CSLItemData> ris(String text) {
        try {
            RISConverter converter = new RISConverter();
            RISLibrary library = converter.loadLibrary(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return library.getReferences().stream().map(converter::toItemData).toList();
        } catch (IOException | org.jbibtex.ParseException e) {
            throw new AssertionError("citeproc-java cannot read the RIS: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** The family names of an item's authors (with the particle and suffix a parser split off), in order. */
    static List<String> families(CSLItemData item) {
        return item.getAuthor() == null ? List.of() : Arrays.stream(item.getAuthor())
                .map(name -> (name.getNonDroppingParticle() == null ? "" : name.getNonDroppingParticle() + " ")
                        + name.getFamily() + (name.getSuffix() == null ? "" : ", " + name.getSuffix())).toList();
    }

    /** The year of an item: its first date part, or the raw date citeproc-java makes of a year alone. */
    static String year(CSLItemData item) {
        if (item.getIssued() == null) {
            return "";
        }
        return item.getIssued().getDateParts() != null ? String.valueOf(item.getIssued().getDateParts()[0][0])
                : item.getIssued().getRaw();
    }

    /** A bibliography of the items in the IEEE style, as plain text. */
    static String ieee(List<CSLItemData> items) {
        return bibliography("ieee", items);
    }

    /** A bibliography of the items in an official CSL style, as plain text. */
    static String bibliography(String style, List<CSLItemData> items) {
        try {
            return CSL.makeAdhocBibliography(style, "text", items.toArray(CSLItemData[]::new)).makeString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
