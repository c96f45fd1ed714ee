package org.publod.pipeline;

import java.io.OutputStream;
import java.util.Comparator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.PublodException;
import org.publod.serve.JsonLdCompactor;
import org.publod.vocab.PrefixMappings;

/**
 * Writes mapped RDF to a stream instead of a store. Line- and block-based formats stream entry by entry;
 * JSON-LD and RDF/XML need the whole graph and are written at the end.
 */
public final class RdfFileSink implements GraphSink {

    /** The formats {@code publod map} writes. */
    public enum Format {
        TTL(RDFFormat.TURTLE_BLOCKS, RDFFormat.TURTLE_PRETTY, false),
        NT(RDFFormat.NTRIPLES, RDFFormat.NTRIPLES, false),
        TRIG(RDFFormat.TRIG_BLOCKS, RDFFormat.TRIG_PRETTY, true),
        NQ(RDFFormat.NQUADS, RDFFormat.NQUADS, true),
        JSONLD(null, null, false),
        RDFXML(null, RDFFormat.RDFXML_PRETTY, false);

        private final RDFFormat streaming;
        private final RDFFormat whole;
        private final boolean quads;

        Format(RDFFormat streaming, RDFFormat whole, boolean quads) {
            this.streaming = streaming;
            this.whole = whole;
            this.quads = quads;
        }

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new PublodException(PublodException.ErrorCode.INPUT, "unknown RDF format \"" + name
                        + "\"; use one of ttl, nt, trig, nq, jsonld, rdfxml", e);
            }
        }
    }

    private final OutputStream out;
    private final Format format;

    public RdfFileSink(OutputStream out, Format format) {
        this.out = out;
        this.format = format;
    }

    @Override
    public long replaceGraph(String graphIri, Iterator<Graph> parts) {
        if (format.streaming == null) {
            Graph whole = GraphFactory.createDefaultGraph();
            whole.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD);
            long count = copy(parts, whole::add);
            if (format == Format.JSONLD) {
                try {
                    out.write(JsonLdCompactor.bundled().write(whole).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                RDFWriter.source(whole).format(format.whole).output(out);
            }
            return count;
        }
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming);
        writer.start();
        StreamRDFOps.sendPrefixesToStream(PrefixMappings.STANDARD, writer);
        Node graphName = NodeFactory.createURI(graphIri);
        long count = copy(parts, format.quads ? triple -> writer.quad(new Quad(graphName, triple)) : writer::triple);
        writer.finish();
        return count;
    }

    /** Sends each part's triples subject by subject, so block formats print one block per resource. */
    private static long copy(Iterator<Graph> parts, Consumer<Triple> sink) {
        long count = 0;
        while (parts.hasNext()) {
            Graph part = parts.next();
            part.find().toList().stream().sorted(BY_SUBJECT).forEach(sink);
            count += part.size();
        }
        return count;
    }

    private static final Comparator<Triple> BY_SUBJECT = Comparator
            .comparing((Triple triple) -> triple.getSubject().toString())
            .thenComparing(triple -> triple.getPredicate().getURI());
}
