package org.publod.serve;

import org.publod.vocab.JsonLdCompactor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.publod.vocab.PrefixMappings;

/**
 * Writes a description in one of the RDF formats. TriG carries it as the default graph: a description draws on
 * every report graph at once, so no one named graph is its home.
 */
final class RdfDocumentWriter {
    private final JsonLdCompactor jsonLd;

    RdfDocumentWriter(JsonLdCompactor jsonLd) {
        this.jsonLd = jsonLd;
    }

    byte[] write(Model model, MediaFormat format) {
        model.setNsPrefixes(PrefixMappings.STANDARD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            case RDF_XML -> RDFDataMgr.write(out, model, RDFFormat.RDFXML_PLAIN);
            case N_TRIPLES -> RDFDataMgr.write(out, model, RDFFormat.NTRIPLES_UTF8);
            case TRIG -> RDFDataMgr.write(out, DatasetFactory.wrap(model), RDFFormat.TRIG_PRETTY);
            case JSON_LD -> {
                return jsonLd(model).getBytes(StandardCharsets.UTF_8);
            }
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        }
        return out.toByteArray();
    }

    /** The description as compacted JSON-LD with the profile's context. */
    String jsonLd(Model model) {
        return jsonLd.write(model.getGraph());
    }
}
