package org.publod.serve;

import java.io.IOException;
import java.io.Writer;
import org.publod.serve.Citation.Author;
import org.publod.serve.Citation.Container;

/**
 * Writes RIS: per citation a record of tagged lines ({@code TY  - JOUR}), each tag, two spaces, a hyphen and a
 * space before its value, lines ended by CR LF as the format's specification has them, the record closed by
 * {@code ER}. A value is one line: line breaks in the data become spaces. The container's title is T2 (the
 * secondary title); a journal's is also JO, the tag older readers take it from.
 */
final class RisWriter implements CitationWriter {
    private static final String END = "\r\n";

    private final Writer out;

    RisWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Citation citation, String key) throws IOException {
        StringBuilder record = new StringBuilder();
        tag(record, "TY", citation.kind().ris());
        citation.authors().forEach(author -> tag(record, "AU", name(author)));
        tag(record, "TI", citation.title());
        Container container = citation.container();
        tag(record, "T2", container.title());
        tag(record, "JO", container.journal()); // the journal's full name, where readers such as citeproc-java look
        tag(record, "PY", citation.year());
        tag(record, "VL", container.volume());
        tag(record, "IS", container.issue());
        if (citation.pageStart().isEmpty()) {
            tag(record, "SP", citation.pages());
        } else {
            tag(record, "SP", citation.pageStart());
            tag(record, "EP", citation.pageEnd());
        }
        tag(record, "DO", citation.doi());
        tag(record, "SN", container.issn());
        tag(record, "PB", citation.publisher());
        tag(record, "UR", citation.iri());
        tag(record, "AB", citation.abstractText());
        tag(record, "ID", key);
        record.append("ER  - ").append(END).append(END);
        out.write(record.toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** RIS's "Last, First, Suffix": a family name with a comma ("Brown, Jr") has its suffix moved to the end. */
    static String name(Author author) {
        int comma = author.family().indexOf(',');
        if (comma < 0 || author.given().isEmpty()) {
            return author.inverted();
        }
        return author.family().substring(0, comma).strip() + ", " + author.given() + ", "
                + author.family().substring(comma + 1).strip();
    }

    private static void tag(StringBuilder record, String tag, String value) {
        String line = value.strip().replaceAll("\\s+", " ");
        if (!line.isEmpty()) {
            record.append(tag).append("  - ").append(line).append(END);
        }
    }
}
