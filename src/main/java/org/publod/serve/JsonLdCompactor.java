package org.publod.serve;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.vocab.PrefixMappings;

/**
 * Writes a graph as compacted JSON-LD 1.1 with the profile's context ({@code ontology/context.jsonld}, bundled in
 * the jar), inlined so that a reader needs nothing from the network; without that file, with the publod prefixes.
 */
public final class JsonLdCompactor {
    static final String CONTEXT_RESOURCE = "/publod/ontology/context.jsonld";

    private final JsonObject context;

    private JsonLdCompactor(JsonObject context) {
        this.context = context;
    }

    /** The compactor with the bundled profile context, or the prefixes when the jar has none. */
    public static JsonLdCompactor bundled() {
        try (InputStream in = JsonLdCompactor.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in != null) {
                return new JsonLdCompactor(Json.createReader(in).readObject());
            }
        } catch (IOException | RuntimeException e) {
            throw new PublodException(ErrorCode.INTERNAL, "cannot read the bundled JSON-LD context", e);
        }
        JsonObjectBuilder prefixes = Json.createObjectBuilder();
        PrefixMappings.STANDARD.getNsPrefixMap().forEach(prefixes::add);
        return new JsonLdCompactor(Json.createObjectBuilder().add("@context", prefixes).build());
    }

    /** The graph as a compacted JSON-LD document, pretty-printed. */
    public String write(Graph graph) {
        try {
            QuadsToJsonld toJsonLd = JsonLd.fromRdf().ordered(true);
            for (Triple triple : graph.find().toList()) {
                quad(toJsonLd, triple);
            }
            JsonArray expanded = toJsonLd.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            JsonObjectBuilder contextFirst = Json.createObjectBuilder(); // a reader meets the terms before their use
            if (compacted.containsKey("@context")) {
                contextFirst.add("@context", compacted.get("@context"));
            }
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    contextFirst.add(key, value);
                }
            });
            StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.write(contextFirst.build());
            }
            return out.toString().strip() + "\n";
        } catch (JsonLdError | RdfConsumerException e) {
            throw new PublodException(ErrorCode.INTERNAL, "cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Hands one triple to Titanium, in the terms of its RDF API (a literal's datatype is always given). */
    private static void quad(QuadsToJsonld consumer, Triple triple) throws RdfConsumerException {
        Node object = triple.getObject();
        if (object.isLiteral()) {
            String language = object.getLiteralLanguage().isEmpty() ? null : object.getLiteralLanguage();
            consumer.quad(term(triple.getSubject()), triple.getPredicate().getURI(), object.getLiteralLexicalForm(),
                    object.getLiteralDatatypeURI(), language, null, null);
        } else {
            consumer.quad(term(triple.getSubject()), triple.getPredicate().getURI(), term(object), null, null, null,
                    null);
        }
    }

    private static String term(Node node) {
        return node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.getURI();
    }
}
