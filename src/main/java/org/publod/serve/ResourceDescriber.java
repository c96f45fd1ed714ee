package org.publod.serve;

import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;
import org.publod.vocab.PrefixMappings;

/**
 * What a document says about a resource: one SPARQL CONSTRUCT, so that anyone can ask the endpoint the same.
 * The description holds
 * <ul>
 * <li>the resource's own triples, and those of the parts minted under it ({@code IRI/...} and {@code IRI#...})
 * that it links to or that link to it, up to two links away (authorship roles, embodiment, place, address);</li>
 * <li>every triple that links to the resource from elsewhere (a person's publications);</li>
 * <li>enough about each neighbour of the resource and its parts to label it: its types, name or title, year,
 * dates and {@code schema:sameAs} links (an author's name and ORCID, a paper's title and year).</li>
 * </ul>
 */
final class ResourceDescriber {
    /** What a neighbour is labelled with. */
    static final String LABEL_PROPERTIES = "rdf:type schema:name schema:alternateName schema:familyName "
            + "dcterms:title fabio:hasPublicationYear schema:startDate schema:endDate schema:sameAs";

    private final StoreReader store;

    ResourceDescriber(StoreReader store) {
        this.store = store;
    }

    /** Whether the store says anything with this IRI as subject or object. */
    boolean exists(String iri) {
        if (!IriText.isPlausibleIri(iri)) {
            return false;
        }
        String resource = iri(iri);
        return store.ask("ASK { { " + resource + " ?p ?o } UNION { ?s ?p " + resource + " } }");
    }

    Model describe(String iri) {
        return store.construct(query(iri));
    }

    /** The description query for one resource; the IRI must be plausible (see {@link IriText#isPlausibleIri}). */
    static String query(String iri) {
        if (!IriText.isPlausibleIri(iri)) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        String parts = parts(iri, "?part");
        return prologue() + """
                CONSTRUCT { ?s ?p ?o }
                WHERE {
                  {
                    { SELECT DISTINCT ?s { %1$s BIND (?part AS ?s) } }
                    ?s ?p ?o .
                  } UNION {
                    ?s ?p %2$s .
                    BIND (%2$s AS ?o)
                  } UNION {
                    { SELECT DISTINCT ?s {
                        { SELECT DISTINCT ?part { %1$s } }
                        { ?part ?link ?s } UNION { ?s ?link ?part }
                        FILTER (isIRI(?s))
                    } }
                    VALUES ?p { %3$s }
                    ?s ?p ?o .
                  }
                }
                """.formatted(parts, iri(iri), LABEL_PROPERTIES);
    }

    /** The PREFIX lines of the publod prefixes, so that the query can be sent as it is to any endpoint. */
    static String prologue() {
        StringBuilder prologue = new StringBuilder();
        new TreeMap<>(PrefixMappings.STANDARD.getNsPrefixMap()).forEach((prefix, namespace) -> prologue
                .append("PREFIX ").append(prefix).append(": <").append(namespace).append(">\n"));
        return prologue.toString();
    }

    /** A pattern binding {@code var} to the resource and to each of its parts. */
    private static String parts(String iri, String var) {
        String resource = iri(iri);
        return "{ BIND (" + resource + " AS " + var + ") }"
                + " UNION { " + resource + " ?l1 " + var + " . FILTER (" + isPart(iri, var) + ") }"
                + " UNION { " + resource + " ?l1 ?m . ?m ?l2 " + var + " . FILTER (" + isPart(iri, "?m") + " && "
                + isPart(iri, var) + ") }"
                + " UNION { " + var + " ?l1 " + resource + " . FILTER (" + isPart(iri, var) + ") }";
    }

    /** Whether a variable holds an IRI minted under the resource's ({@code IRI/...} or {@code IRI#...}). */
    private static String isPart(String iri, String var) {
        return "isIRI(" + var + ") && (STRSTARTS(STR(" + var + "), " + literal(iri + "/") + ") || STRSTARTS(STR("
                + var + "), " + literal(iri + "#") + "))";
    }

    /** An IRI as SPARQL writes it. */
    static String iri(String iri) {
        return NodeFmtLib.strNT(NodeFactory.createURI(iri));
    }

    private static String literal(String text) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(text));
    }
}
