package org.publod.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.publod.vocab.PrefixMappings;

/**
 * Writes a description in one of the RDF formats. Turtle, RDF/XML, N-Triples and TriG carry the full profile;
 * TriG carries it as the default graph: a description draws on every report graph at once, so no one named graph
 * is its home. JSON-LD is what schema.org readers take, so a resource with a schema.org type gets its schema.org
 * view ({@link SchemaOrgJsonLd}); any other resource (an authorship role, a report, the dataset) has nothing for
 * them and gets its description compacted with the profile's context.
 */
final class RdfDocumentWriter {
    private final JsonLdCompactor profileJsonLd;
    private final SchemaOrgJsonLd schemaOrg;

    RdfDocumentWriter(JsonLdCompactor profileJsonLd, SchemaOrgJsonLd schemaOrg) {
        this.profileJsonLd = profileJsonLd;
        this.schemaOrg = schemaOrg;
    }

    byte[] write(String iri, Model description, MediaFormat format) {
        description.setNsPrefixes(PrefixMappings.STANDARD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
            case RDF_XML -> RDFDataMgr.write(out, description, RDFFormat.RDFXML_PLAIN);
            case N_TRIPLES -> RDFDataMgr.write(out, description, RDFFormat.NTRIPLES_UTF8);
            case TRIG -> RDFDataMgr.write(out, DatasetFactory.wrap(description), RDFFormat.TRIG_PRETTY);
            case JSON_LD -> {
                return jsonLd(iri, description).getBytes(StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(format + " is not an RDF format");
        }
        return out.toByteArray();
    }

    /** A resource's JSON-LD: its schema.org view from the store, else its description with the profile's context. */
    String jsonLd(String iri, Model description) {
        return schemaOrg.write(iri).orElseGet(() -> profileJsonLd.write(description.getGraph()));
    }

    /** A page's JSON-LD, as {@link #jsonLd}, from the page's model ({@link ResourceDescriber#page}) alone. */
    String pageJsonLd(String iri, Model page) {
        return SchemaOrgJsonLd.writeFrom(page, iri).orElseGet(() -> profileJsonLd.write(page.getGraph()));
    }

    /** The schema.org view of a resource in a graph of its own (the site's pages, which the store does not hold). */
    static String schemaOrgJsonLd(Model graph, String iri) {
        return SchemaOrgJsonLd.write(graph, iri)
                .orElseThrow(() -> new IllegalArgumentException(iri + " has no schema.org type in its graph"));
    }
}
