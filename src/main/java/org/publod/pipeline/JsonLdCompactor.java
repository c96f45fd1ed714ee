package org.publod.pipeline;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * Writes JSON-LD compacted with the profile's context ({@code ontology/context.jsonld}), embedded so the file
 * reads back on its own. Jena 5 writes JSON-LD 1.1 with a context made only of prefixes, so the compaction
 * step is Titanium's, the JSON-LD 1.1 processor Jena itself uses.
 */
final class JsonLdCompactor {
    static final String CONTEXT = "publod/ontology/context.jsonld";

    private JsonLdCompactor() {
    }

    static void write(Graph graph, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11_PRETTY).output(expanded);
        try (InputStream context = JsonLdCompactor.class.getClassLoader().getResourceAsStream(CONTEXT)) {
            if (context == null) {
                throw new PublodException(ErrorCode.INTERNAL, "the bundled JSON-LD context " + CONTEXT + " is missing");
            }
            JsonObject compact = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                    JsonDocument.of(context)).get();
            // Titanium puts @context last; readers expect it first.
            JsonObjectBuilder ordered = Json.createObjectBuilder().add("@context", compact.get("@context"));
            compact.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    ordered.add(key, value);
                }
            });
            try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(out)) {
                generator.write(ordered.build());
            }
        } catch (JsonLdError | IOException e) {
            throw new PublodException(ErrorCode.INTERNAL, "JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}
