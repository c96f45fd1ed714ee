package org.publod.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

/** The queries behind the site's own pages: the index, the search, the sitemap and the VoID description. */
final class SiteQueries {
    /** A sitemap holds at most 50,000 URLs (sitemaps.org protocol). */
    static final int SITEMAP_LIMIT = 49_990;

    private final StoreReader store;

    SiteQueries(StoreReader store) {
        this.store = store;
    }

    /** The newest publications by year, then title. */
    List<PublicationEntry> recentPublications(int limit) {
        return publications("", needle(""), limit);
    }

    /**
     * Publications whose title, or one of whose authors' names, contains the text (ignoring case). The text is
     * passed to SPARQL as a literal, never spliced in as syntax.
     */
    List<PublicationEntry> search(String text, int limit) {
        return publications("""
                FILTER (CONTAINS(LCASE(?name), ?needle) || EXISTS { ?publication schema:author ?author .
                  ?author schema:name ?authorName . FILTER (CONTAINS(LCASE(?authorName), ?needle)) })
                """, needle(text), limit);
    }

    /** Persons whose name contains the text (ignoring case). */
    List<Link> searchPersons(String text, int limit) {
        return store.select(bound("""
                SELECT DISTINCT ?person ?name { ?person a schema:Person ; schema:name ?name .
                  FILTER (CONTAINS(LCASE(?name), ?needle)) } ORDER BY ?name ?person
                """, "needle", needle(text)), limit).stream()
                .map(row -> new Link(PublicBase.href(row.getResource("person").getURI()),
                        row.getLiteral("name").getLexicalForm())).toList();
    }

    private List<PublicationEntry> publications(String filter, Node needle, int limit) {
        List<QuerySolution> rows = store.select(bound("""
                SELECT ?publication (SAMPLE(?name) AS ?title) (MAX(?y) AS ?year) {
                  ?publication a fabio:Expression ; dcterms:title ?name .
                  FILTER EXISTS { ?publication schema:author ?anyAuthor }
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                  %s
                } GROUP BY ?publication ORDER BY DESC(?year) ?title ?publication
                """.formatted(filter), "needle", needle), limit);
        return rows.stream().map(row -> new PublicationEntry(
                new Link(PublicBase.href(row.getResource("publication").getURI()),
                        row.getLiteral("title").getLexicalForm()),
                row.contains("year") ? row.getLiteral("year").getLexicalForm() : "")).toList();
    }

    /** The resources a sitemap lists: publications, persons, organisations and events. */
    List<String> sitemapResources() {
        return store.select("""
                SELECT DISTINCT ?s { VALUES ?type { fabio:Expression schema:Person schema:Organization schema:Event }
                  ?s a ?type . FILTER (isIRI(?s)) } ORDER BY ?s
                """, SITEMAP_LIMIT).stream().map(row -> row.getResource("s").getURI()).toList();
    }

    /** The named graph that holds the VoID description of the dataset under this base, if the store has one. */
    Optional<String> voidGraph(String base) {
        return store.select(bound("""
                SELECT ?graph { GRAPH ?graph { ?dataset a void:Dataset ; void:uriSpace ?space .
                  FILTER (STR(?space) = ?base) } } ORDER BY ?graph
                """, "base", NodeFactory.createLiteralString(base)), 1).stream()
                .map(row -> row.getResource("graph").getURI()).findFirst();
    }

    /** The bases the store's VoID descriptions give as their URI space, each once. */
    List<String> publishedBases() {
        return store.select("""
                SELECT DISTINCT ?space { GRAPH ?graph { ?dataset a void:Dataset ; void:uriSpace ?space } }
                ORDER BY ?space
                """).stream().map(row -> row.get("space").isLiteral() ? row.getLiteral("space").getLexicalForm()
                : row.getResource("space").getURI()).toList();
    }

    /** One named graph, whole: the dataset's VoID description lives in one. */
    Model graph(String graphIri) {
        return store.construct(bound("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }", "graph",
                NodeFactory.createURI(graphIri)));
    }

    /** The dataset's size as its VoID description states it: triples, and entities per class IRI. */
    Statistics statistics(String graphIri) {
        Map<String, Long> classes = new LinkedHashMap<>();
        long[] triples = {-1};
        String[] modified = {""};
        store.select(bound("""
                SELECT ?triples ?modified ?class ?entities { GRAPH ?graph {
                  ?dataset a void:Dataset ; void:triples ?triples .
                  OPTIONAL { ?dataset dcterms:modified ?modified }
                  OPTIONAL { ?dataset void:classPartition [ void:class ?class ; void:entities ?entities ] } } }
                """, "graph", NodeFactory.createURI(graphIri))).forEach(row -> {
                    triples[0] = row.getLiteral("triples").getLong();
                    modified[0] = row.contains("modified") ? row.getLiteral("modified").getLexicalForm() : "";
                    if (row.contains("class")) {
                        classes.put(row.getResource("class").getURI(), row.getLiteral("entities").getLong());
                    }
                });
        return new Statistics(triples[0], modified[0], classes);
    }

    /** The text searched for, as a literal: case-folded, as the queries compare it. */
    private static Node needle(String text) {
        return NodeFactory.createLiteralString(text.toLowerCase(Locale.ROOT));
    }

    /** {@code template} with ?{@code var} bound to {@code value} through Jena's parameterised queries. */
    private static String bound(String template, String var, Node value) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(template);
        query.setParam(var, value);
        return query.toString();
    }

    /**
     * A publication in a list.
     *
     * @param link the link to it, labelled with its title
     * @param year its year, or empty
     */
    record PublicationEntry(Link link, String year) {
    }

    /**
     * The dataset's size.
     *
     * @param triples distinct triples, or -1 when the store has no VoID description
     * @param modified when the newest report was published, or empty
     * @param entitiesPerClass entities per class IRI
     */
    record Statistics(long triples, String modified, Map<String, Long> entitiesPerClass) {
        Statistics {
            entitiesPerClass = Map.copyOf(entitiesPerClass);
        }
    }
}
