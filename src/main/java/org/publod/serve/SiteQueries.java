package org.publod.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;

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
        return publications("", limit);
    }

    /**
     * Publications whose title, or one of whose authors' names, contains the text (ignoring case). The text is
     * passed to SPARQL as a literal, never spliced in as syntax.
     */
    List<PublicationEntry> search(String text, int limit) {
        String needle = literal(text.toLowerCase(Locale.ROOT));
        return publications("""
                FILTER (CONTAINS(LCASE(?name), %1$s) || EXISTS { ?publication schema:author ?author .
                  ?author schema:name ?authorName . FILTER (CONTAINS(LCASE(?authorName), %1$s)) })
                """.formatted(needle), limit);
    }

    /** Persons whose name contains the text (ignoring case). */
    List<Link> searchPersons(String text, int limit) {
        String needle = literal(text.toLowerCase(Locale.ROOT));
        return store.select("""
                SELECT DISTINCT ?person ?name { ?person a schema:Person ; schema:name ?name .
                  FILTER (CONTAINS(LCASE(?name), %s)) } ORDER BY ?name ?person LIMIT %d
                """.formatted(needle, limit)).stream()
                .map(row -> new Link(PublicBase.href(row.getResource("person").getURI()),
                        row.getLiteral("name").getLexicalForm())).toList();
    }

    private List<PublicationEntry> publications(String filter, int limit) {
        List<QuerySolution> rows = store.select("""
                SELECT ?publication (SAMPLE(?name) AS ?title) (MAX(?y) AS ?year) {
                  ?publication a fabio:Expression ; dcterms:title ?name .
                  FILTER EXISTS { ?publication schema:author ?anyAuthor }
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                  %s
                } GROUP BY ?publication ORDER BY DESC(?year) ?title ?publication LIMIT %d
                """.formatted(filter, limit));
        return rows.stream().map(row -> new PublicationEntry(
                new Link(PublicBase.href(row.getResource("publication").getURI()),
                        row.getLiteral("title").getLexicalForm()),
                row.contains("year") ? row.getLiteral("year").getLexicalForm() : "")).toList();
    }

    /** The resources a sitemap lists: publications, persons, organisations and events. */
    List<String> sitemapResources() {
        return store.select("""
                SELECT DISTINCT ?s { VALUES ?type { fabio:Expression schema:Person schema:Organization schema:Event }
                  ?s a ?type . FILTER (isIRI(?s)) } ORDER BY ?s LIMIT %d
                """.formatted(SITEMAP_LIMIT)).stream().map(row -> row.getResource("s").getURI()).toList();
    }

    /** The named graph that holds the VoID description of the dataset under this base, if the store has one. */
    Optional<String> voidGraph(String base) {
        return store.select("""
                SELECT ?graph { GRAPH ?graph { ?dataset a void:Dataset ; void:uriSpace ?space .
                  FILTER (STR(?space) = %s) } } ORDER BY ?graph LIMIT 1
                """.formatted(literal(base))).stream().map(row -> row.getResource("graph").getURI()).findFirst();
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
        return store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH " + NodeFmtLib.strNT(
                NodeFactory.createURI(graphIri)) + " { ?s ?p ?o } }");
    }

    /** The dataset's size as its VoID description states it: triples, and entities per class IRI. */
    Statistics statistics(String graphIri) {
        String graph = NodeFmtLib.strNT(NodeFactory.createURI(graphIri));
        Map<String, Long> classes = new LinkedHashMap<>();
        long[] triples = {-1};
        String[] modified = {""};
        store.select("""
                SELECT ?triples ?modified ?class ?entities { GRAPH %s {
                  ?dataset a void:Dataset ; void:triples ?triples .
                  OPTIONAL { ?dataset dcterms:modified ?modified }
                  OPTIONAL { ?dataset void:classPartition [ void:class ?class ; void:entities ?entities ] } } }
                """.formatted(graph)).forEach(row -> {
                    triples[0] = row.getLiteral("triples").getLong();
                    modified[0] = row.contains("modified") ? row.getLiteral("modified").getLexicalForm() : "";
                    if (row.contains("class")) {
                        classes.put(row.getResource("class").getURI(), row.getLiteral("entities").getLong());
                    }
                });
        return new Statistics(triples[0], modified[0], classes);
    }

    private static String literal(String text) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(text));
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
