package org.publod.serve;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.publod.Sparql;
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
    /**
     * What a neighbour is labelled with, as the strings of the property IRIs. Compared as strings: Virtuoso 7 loses
     * rows when the property of a pattern joined with a sub-query is restricted to a set of IRIs (by VALUES or IN).
     */
    static final String LABEL_PROPERTIES = Stream.of("rdf:type", "schema:name", "schema:alternateName",
            "schema:familyName", "dcterms:title", "fabio:hasPublicationYear", "schema:startDate", "schema:endDate",
            "schema:sameAs").map(property -> "STR(" + property + ")").collect(Collectors.joining(", "));

    /**
     * A pattern binding ?part to the resource and to each of the parts it links to, up to two links away. The
     * resource is found by its statements rather than bound to ?part: Virtuoso 7 leaves a variable bound to a
     * constant in one branch of a union in a sub-query unbound outside it, so that the document would describe
     * everything.
     */
    private static final String LINKED_PARTS = "{ SELECT DISTINCT ?part { ?part ?anyP ?anyO "
            + "FILTER (?part = ?resource) } }"
            + " UNION { ?resource ?l1 ?part . FILTER (" + isPart("?part") + ") }"
            + " UNION { ?resource ?l1 ?m . ?m ?l2 ?part . FILTER (" + isPart("?m") + " && " + isPart("?part") + ") }";
    /** A pattern binding ?part to the resource and to each of its parts, up to two links away. */
    private static final String PARTS = LINKED_PARTS
            + " UNION { ?part ?l1 ?resource . FILTER (" + isPart("?part") + ") }";
    /** The pattern of {@link #describe}: binds ?s, ?p and ?o to the statements of the description. */
    private static final String DESCRIPTION = """
              {
                { SELECT DISTINCT ?s { %1$s BIND (?part AS ?s) } }
                ?s ?p ?o .
              } UNION {
                ?s ?p ?resource .
                BIND (?resource AS ?o)
              } UNION {
                { SELECT DISTINCT ?s {
                    { SELECT DISTINCT ?part { %1$s } }
                    { ?part ?link ?s } UNION { ?s ?link ?part }
                    FILTER (isIRI(?s))
                } }
                ?s ?p ?o .
                FILTER (STR(?p) IN (%2$s))
              }
            """.formatted(PARTS, LABEL_PROPERTIES);
    /**
     * The pattern of the outline a listing page shows ({@link #page}): the description without the links to the
     * resource from elsewhere (a person's publications, an organisation's members), which the page lists a page at
     * a time. The parts that only link to it are left out with them: finding them means reading every link to the
     * resource, and persons, organisations and events have none.
     */
    private static final String OUTLINE = """
              {
                { SELECT DISTINCT ?s { %1$s BIND (?part AS ?s) } }
                ?s ?p ?o .
              } UNION {
                { SELECT DISTINCT ?s {
                    { SELECT DISTINCT ?part { %1$s } }
                    ?part ?link ?s .
                    FILTER (isIRI(?s))
                } }
                ?s ?p ?o .
                FILTER (STR(?p) IN (%2$s))
              }
            """.formatted(LINKED_PARTS, LABEL_PROPERTIES);

    /** The description's query, the page's query and a listing page's. */
    private static final String DESCRIBE = construct(DESCRIPTION);
    private static final String PAGE = construct(DESCRIPTION + " UNION {\n" + SchemaOrgJsonLd.PATTERN + "}\n");
    private static final String OUTLINE_PAGE = construct(OUTLINE + " UNION {\n" + SchemaOrgJsonLd.PATTERN + "}\n");
    /** The templates {@link #about} has parsed, by their text. */
    private static final Map<String, Query> TEMPLATES = new ConcurrentHashMap<>();

    private final StoreReader store;

    ResourceDescriber(StoreReader store) {
        this.store = store;
    }

    /** Whether the store says anything with this IRI as subject or object. */
    boolean exists(String iri) {
        if (!IriText.isPlausibleIri(iri)) {
            return false;
        }
        return store.ask(about("ASK { { ?resource ?p ?o } UNION { ?s ?p ?resource } }", iri));
    }

    /**
     * The resource that replaces an IRI publod published before ({@code <iri> dcterms:isReplacedBy <current>}),
     * when the store names exactly one; an IRI replaced by several resources has its own document that lists them.
     */
    Optional<String> replacement(String iri) {
        if (!IriText.isPlausibleIri(iri)) {
            return Optional.empty();
        }
        List<QuerySolution> rows = store.select(about("""
                SELECT DISTINCT ?current { ?resource dcterms:isReplacedBy ?current . FILTER (isIRI(?current)) }
                """, iri), 2);
        return rows.size() == 1 ? Optional.of(rows.get(0).getResource("current").getURI()) : Optional.empty();
    }

    Model describe(String iri) {
        return store.construct(about(DESCRIBE, iri));
    }

    /**
     * What a page about the resource is made of, in one query: its description (or outline, for a page that lists
     * a page at a time) and the statements of its schema.org view, which the page embeds as JSON-LD.
     */
    Model page(String iri, boolean listing) {
        return store.construct(about(listing ? OUTLINE_PAGE : PAGE, iri));
    }

    /** The resource's types, to choose its page by before describing it. */
    List<String> types(String iri) {
        return store.select(about("SELECT DISTINCT ?type { ?resource a ?type . FILTER (isIRI(?type)) }", iri))
                .stream().map(row -> row.getResource("type").getURI()).toList();
    }

    /** The description query for one resource; the IRI must be plausible (see {@link IriText#isPlausibleIri}). */
    static String query(String iri) {
        return documentQuery(iri, DESCRIBE);
    }

    /**
     * The query of {@link #page}: the description, or the outline for a page that lists ({@code listing}), and the
     * resource's schema.org view ({@link SchemaOrgJsonLd#query}), in one CONSTRUCT.
     */
    static String pageQuery(String iri, boolean listing) {
        return documentQuery(iri, listing ? OUTLINE_PAGE : PAGE);
    }

    /**
     * A document's query about {@code iri} as text, with its PREFIX lines, so that it can be sent as it is to any
     * endpoint: {@code template} bound as {@link #about} binds it.
     */
    private static String documentQuery(String iri, String template) {
        if (!IriText.isPlausibleIri(iri)) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return about(template, iri).serialize();
    }

    /** The CONSTRUCT of the statements {@code pattern} binds ?s, ?p and ?o to. */
    static String construct(String pattern) {
        return "CONSTRUCT { ?s ?p ?o }\nWHERE {\n" + pattern + "}\n";
    }

    /**
     * {@code template}, one of publod's own, with ?resource bound to {@code iri}, and ?under and ?within to the
     * prefixes of the IRIs minted under it ({@code IRI/...} and {@code IRI#...}). The template is parsed once, the
     * first time, and the values are put in its syntax (Jena's substitution).
     */
    static Query about(String template, String iri) {
        return Sparql.bind(TEMPLATES.computeIfAbsent(template, Sparql::template), Map.of(
                "resource", NodeFactory.createURI(iri), "under", NodeFactory.createLiteralString(iri + "/"),
                "within", NodeFactory.createLiteralString(iri + "#")));
    }

    /** The PREFIX lines of the publod prefixes, so that the query can be sent as it is to any endpoint. */
    static String prologue() {
        StringBuilder prologue = new StringBuilder();
        new TreeMap<>(PrefixMappings.STANDARD.getNsPrefixMap()).forEach((prefix, namespace) -> prologue
                .append("PREFIX ").append(prefix).append(": <").append(namespace).append(">\n"));
        return prologue.toString();
    }

    /** Whether a variable holds an IRI minted under the resource's ({@code IRI/...} or {@code IRI#...}). */
    private static String isPart(String var) {
        return "isIRI(" + var + ") && (STRSTARTS(STR(" + var + "), ?under) || STRSTARTS(STR(" + var + "), ?within))";
    }
}
