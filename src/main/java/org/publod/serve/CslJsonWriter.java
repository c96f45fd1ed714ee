package org.publod.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import org.publod.serve.Citation.Author;
import org.publod.serve.Citation.Container;

/**
 * Writes CSL-JSON, the citation data of the Citation Style Language: one JSON array with an item per citation,
 * whose variables are those of the CSL 1.0.2 specification (type, title, author as family and given names, issued
 * as date parts, container-title, volume, issue, page, DOI, ISSN, URL, abstract, publisher, event-title).
 */
final class CslJsonWriter implements CitationWriter {
    private static final JsonMapper JSON = JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final JsonGenerator json;

    CslJsonWriter(Writer out) throws IOException {
        json = JSON.createGenerator(out).useDefaultPrettyPrinter();
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartArray();
    }

    @Override
    public void write(Citation citation, String key) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", key);
        json.writeStringField("citation-key", key);
        json.writeStringField("type", citation.kind().csl());
        text("title", citation.title());
        if (!citation.authors().isEmpty()) {
            json.writeArrayFieldStart("author");
            for (Author author : citation.authors()) {
                json.writeStartObject();
                json.writeStringField("family", author.family());
                if (!author.given().isEmpty()) {
                    json.writeStringField("given", author.given());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        issued(citation.year());
        Container container = citation.container();
        text("container-title", container.title());
        text("event-title", container.event());
        text("volume", container.volume());
        text("issue", container.issue());
        text("page", citation.pageStart().isEmpty() || citation.pageEnd().isEmpty() ? citation.pages()
                : citation.pageStart() + "-" + citation.pageEnd());
        text("publisher", citation.publisher());
        text("DOI", citation.doi());
        text("ISSN", container.issn());
        text("URL", citation.iri());
        text("abstract", citation.abstractText());
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
    }

    /** The year as CSL's date parts, when it is a number; else as the literal date CSL also allows. */
    private void issued(String year) throws IOException {
        if (year.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("issued");
        if (year.matches("-?\\d{1,9}")) {
            json.writeArrayFieldStart("date-parts");
            json.writeStartArray();
            json.writeNumber(Integer.parseInt(year));
            json.writeEndArray();
            json.writeEndArray();
        } else {
            json.writeStringField("literal", year);
        }
        json.writeEndObject();
    }

    private void text(String name, String value) throws IOException {
        if (!value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }
}
