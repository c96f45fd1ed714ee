package org.publod.serve;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.publod.serve.Citation.Author;
import org.publod.serve.Citation.Container;

/**
 * Writes BibTeX, in UTF-8 as biber and modern BibTeX read it: one entry per citation, of the type its kind says,
 * with LaTeX's special characters escaped in every text field. The DOI and URL are verbatim fields in BibLaTeX and
 * in the url package, so they are written as they are, with any braces percent-encoded.
 */
final class BibTexWriter implements CitationWriter {
    private static final Pattern AND = Pattern.compile("(?i)(^|\\s)and(\\s|$)");

    private final Writer out;
    private boolean first = true;

    BibTexWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Citation citation, String key) throws IOException {
        StringBuilder entry = new StringBuilder(first ? "" : "\n");
        first = false;
        entry.append('@').append(citation.kind().bibTex()).append('{').append(key).append(",\n");
        for (String[] field : fields(citation)) {
            entry.append("  ").append(field[0]).append(" = {").append(field[1]).append("},\n");
        }
        entry.append("}\n");
        out.write(entry.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** The fields of an entry, name and written value, in the usual order; empty values are left out. */
    private static List<String[]> fields(Citation citation) {
        List<String[]> fields = new ArrayList<>();
        add(fields, "author", citation.authors().stream().map(BibTexWriter::name)
                .collect(Collectors.joining(" and ")));
        add(fields, "title", escape(citation.title()));
        Container container = citation.container();
        switch (citation.kind()) {
            case JOURNAL_ARTICLE -> add(fields, "journal", escape(container.title()));
            case PROCEEDINGS_PAPER, CHAPTER -> add(fields, "booktitle", escape(container.title()));
            default -> add(fields, "howpublished", escape(container.title()));
        }
        add(fields, "year", escape(citation.year()));
        add(fields, "volume", escape(container.volume()));
        add(fields, "number", escape(container.issue()));
        add(fields, "pages", escape(pages(citation)));
        add(fields, "publisher", escape(citation.publisher()));
        add(fields, "issn", escape(container.issn()));
        add(fields, "doi", verbatim(citation.doi()));
        add(fields, "url", verbatim(citation.iri()));
        add(fields, "abstract", escape(citation.abstractText()));
        return fields;
    }

    private static void add(List<String[]> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.add(new String[] {name, value});
        }
    }

    /** "101--130", a single page or article number as written. */
    private static String pages(Citation citation) {
        if (!citation.pageStart().isEmpty() && !citation.pageEnd().isEmpty()) {
            return citation.pageStart() + "--" + citation.pageEnd();
        }
        return citation.pages().isEmpty() ? citation.pageStart() : citation.pages().replace("-", "--");
    }

    /**
     * "Family, Given" with each part escaped. A family name with one comma ("Brown, Jr") is written in BibTeX's
     * "Last, Jr, First" form; a part with another comma or the word "and" in it is braced, as is a name without
     * given names that has spaces, so that BibTeX takes it whole.
     */
    static String name(Author author) {
        String family = escape(author.family());
        String given = escape(author.given());
        int comma = family.indexOf(',');
        if (!given.isEmpty() && comma > 0 && family.indexOf(',', comma + 1) < 0 && !AND.matcher(family).find()
                && !given.contains(",") && !AND.matcher(given).find()) {
            return family.substring(0, comma).strip() + ", " + family.substring(comma + 1).strip() + ", " + given;
        }
        if (family.contains(",") || AND.matcher(family).find() || given.isEmpty() && family.contains(" ")) {
            family = "{" + family + "}";
        }
        if (given.contains(",") || AND.matcher(given).find()) {
            given = "{" + given + "}";
        }
        return given.isEmpty() ? family : family + ", " + given;
    }

    /**
     * Text as LaTeX reads it back: the ten special characters escaped (\ { } $ &amp; % # _ ^ ~), runs of white space
     * one space. Letters beyond ASCII stay as they are, UTF-8.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        boolean balanced = balanced(text);
        for (char c : text.strip().replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{' -> escaped.append(balanced ? "\\{" : "\\textbraceleft{}");
                case '}' -> escaped.append(balanced ? "\\}" : "\\textbraceright{}");
                case '$', '&', '%', '#', '_' -> escaped.append('\\').append(c);
                case '^' -> escaped.append("\\textasciicircum{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Whether the text's braces pair up. BibTeX counts braces even when a backslash escapes them, so only paired
     * braces may be written as {@code \\{ \\}}; others are written as commands that hold no brace of their own.
     */
    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** A verbatim field: as it is, except braces and backslashes, which could end the field, percent-encoded. */
    private static String verbatim(String text) {
        return text.strip().replaceAll("\\s+", "").replace("\\", "%5C").replace("{", "%7B")
                .replace("}", "%7D");
    }
}
