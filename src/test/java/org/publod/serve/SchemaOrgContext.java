package org.publod.serve;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.SharedFiles;

/**
 * The official schema.org JSON-LD context from the shared vocabulary folder, served to Titanium for the
 * context's addresses so that a test reads publod's JSON-LD exactly as a schema.org reader would, offline.
 */
final class SchemaOrgContext {
    /** The addresses a document may name the schema.org context by. */
    private static final Set<String> ADDRESSES = Set.of("http://schema.org/", "http://schema.org",
            "https://schema.org/", "https://schema.org");

    private final Path contextFile;

    private SchemaOrgContext(Path contextFile) {
        this.contextFile = contextFile;
    }

    /** The official context, or a skipped test when the shared folder is absent. */
    static SchemaOrgContext official() {
        return new SchemaOrgContext(SharedFiles.require().resolve("vocab/schemaorg/schemaorgcontext.jsonld"));
    }

    /** The terms the context defines (its keys that are not keywords). */
    Set<String> terms() {
        try (InputStream in = Files.newInputStream(contextFile)) {
            JsonObject context = Json.createReader(in).readObject().getJsonObject("@context");
            return context.keySet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document expanded (JSON-LD 1.1 expansion) with the official context. */
    JsonArray expand(String json) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(loader()).get();
        } catch (JsonLdError e) {
            throw new AssertionError("cannot expand: " + e + "\n" + json, e);
        }
    }

    /** The document as RDF, read with the official context. */
    Graph toGraph(String json) {
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            JsonLd.toRdf(JsonDocument.of(new StringReader(json))).loader(loader())
                    .provide((subject, predicate, object, datatype, language, direction, graphName) -> {
                        Node o = datatype == null ? node(object) : language != null
                                ? NodeFactory.createLiteralLang(object, language)
                                : NodeFactory.createLiteralDT(object,
                                        TypeMapper.getInstance().getSafeTypeByName(datatype));
                        graph.add(node(subject), node(predicate), o);
                        return null;
                    });
        } catch (JsonLdError e) {
            throw new AssertionError("cannot read as RDF: " + e + "\n" + json, e);
        }
        return graph;
    }

    private static Node node(String term) {
        return term.startsWith("_:") ? NodeFactory.createBlankNode(term.substring(2)) : NodeFactory.createURI(term);
    }

    private DocumentLoader loader() {
        return (url, options) -> {
            if (!ADDRESSES.contains(url.toString())) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: no " + url);
            }
            try (InputStream in = Files.newInputStream(contextFile)) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e);
            }
        };
    }
}
