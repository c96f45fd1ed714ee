package org.publod.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;

/**
 * The queries behind the site's own pages: the index with its facets, the sitemap and the VoID description; the
 * paged lists are {@link ListQueries}.
 */
final class SiteQueries {
    private final StoreReader store;
    private final ListQueries lists;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    SiteQueries(StoreReader store) {
        this.store = store;
        this.lists = new ListQueries(store);
    }

    /** The paged lists. */
    ListQueries lists() {
        return lists;
    }

    /**
     * The newest publications by year, then title: read year by year from the newest, so that no sort grows with
     * the store; read once per store version.
     */
    List<PublicationEntry> recentPublications(int limit) {
        List<Facet> years = years();
        return cached("recent " + limit, () -> {
            List<PublicationEntry> recent = new ArrayList<>();
            for (Facet year : years) {
                if (recent.size() >= limit) {
                    break;
                }
                recent.addAll(lists.sortedPublications("?publication fabio:hasPublicationYear ?newest ; "
                        + "schema:author ?anyAuthor .", Map.of("newest", NodeFactory.createLiteralDT(year.value(),
                        XSDDatatype.XSDgYear)), new Paging(1, limit - recent.size())).items());
            }
            return List.copyOf(recent);
        });
    }

    /** Reads what the index page and the sitemap count, so that the first reader does not wait for it. */
    void warm() {
        recentPublications(SitePages.RECENT);
        types();
        sitemapCounts();
    }

    /** The years publications appeared in, newest first, each with how many; counted once per store version. */
    List<Facet> years() {
        return cached("years", () -> store.select("""
                SELECT ?year (COUNT(DISTINCT ?publication) AS ?count) {
                  ?publication fabio:hasPublicationYear ?year . FILTER EXISTS { ?publication schema:author ?any }
                } GROUP BY ?year ORDER BY DESC(?year)
                """).stream().map(row -> new Facet(row.getLiteral("year").getLexicalForm(),
                        row.getLiteral("count").getLong())).toList());
    }

    /**
     * The FaBiO classes of the publications (journal article, conference paper, ...), by their local names, each
     * with how many; counted once per store version.
     */
    List<Facet> types() {
        return cached("types", () -> store.select("""
                SELECT ?type (COUNT(DISTINCT ?publication) AS ?count) {
                  ?publication a ?type . FILTER (STRSTARTS(STR(?type), STR(fabio:)) && ?type != fabio:Expression)
                  FILTER EXISTS { ?publication schema:author ?any }
                } GROUP BY ?type ORDER BY DESC(?count) ?type
                """).stream().map(row -> new Facet(row.getResource("type").getLocalName(),
                        row.getLiteral("count").getLong())).toList());
    }

    /**
     * What the sitemap lists, in this order: publications, persons, organisations, events, then the other
     * expressions (journals, volumes, issues, edited books), each as a pattern binding ?s.
     */
    static final List<String> SITEMAP_KINDS = List.of(
            "?s a fabio:Expression . FILTER EXISTS { ?s schema:author ?any }", "?s a schema:Person",
            "?s a schema:Organization", "?s a schema:Event",
            "?s a fabio:Expression . FILTER NOT EXISTS { ?s schema:author ?any }");

    /** How many resources of each of the {@link #SITEMAP_KINDS} the store holds; counted once per store version. */
    List<Long> sitemapCounts() {
        return cached("sitemap", () -> SITEMAP_KINDS.stream().map(kind -> store.select("""
                SELECT (COUNT(DISTINCT ?s) AS ?count) { %s FILTER (isIRI(?s)) }
                """.formatted(kind)).get(0).getLiteral("count").getLong()).toList());
    }

    /**
     * The resources at positions [offset, offset + limit) of the sitemap's list: the kinds one after the other,
     * each in the store's order, read a window at a time.
     */
    List<String> sitemapResources(long offset, long limit) {
        List<Long> counts = sitemapCounts();
        List<String> resources = new ArrayList<>();
        long start = offset;
        for (int kind = 0; kind < SITEMAP_KINDS.size() && resources.size() < limit; kind++) {
            long count = counts.get(kind);
            if (start >= count) {
                start -= count;
                continue;
            }
            store.select("SELECT DISTINCT ?s { %s FILTER (isIRI(?s)) } LIMIT %d OFFSET %d".formatted(
                    SITEMAP_KINDS.get(kind), limit - resources.size(), start))
                    .forEach(row -> resources.add(row.getResource("s").getURI()));
            start = 0;
        }
        return resources;
    }

    /** A value computed once per version of the store (the store changes only when a report is published). */
    @SuppressWarnings("unchecked")
    private <T> T cached(String name, Supplier<T> compute) {
        String key = StoreVersion.of(store).tag() + " " + name;
        Object value = cache.get(key);
        if (value == null) {
            value = compute.get();
            if (cache.size() > 64) {
                cache.clear();
            }
            cache.put(key, value);
        }
        return (T) value;
    }

    /** What a resource is called: its name, else its title. */
    Optional<String> name(String iri) {
        return store.select(bound("""
                SELECT ?name { { ?resource schema:name ?name } UNION { ?resource dcterms:title ?name } } ORDER BY ?name
                """, "resource", NodeFactory.createURI(iri)), 1).stream()
                .map(row -> row.getLiteral("name").getLexicalForm()).findFirst();
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

    /** {@code template} with ?{@code var} bound to {@code value} through Jena's parameterised queries. */
    private static String bound(String template, String var, Node value) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(template);
        query.setParam(var, value);
        return query.toString();
    }

    /**
     * A value of a facet and how many publications have it.
     *
     * @param value the value (a year, a type's local name)
     * @param count how many publications
     */
    record Facet(String value, long count) {
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
