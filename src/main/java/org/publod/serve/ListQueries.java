package org.publod.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.publod.serve.Paging.Slice;
import org.publod.serve.SiteQueries.PublicationEntry;

/**
 * The lists the pages show a page at a time: a person's, an event's, a year's, a type's or a venue's publications,
 * an organisation's members, the search's hits. Lists that stay small (a person's publications, an event's, the
 * search's hits) are sorted (newest first, then by title; hits by rank); lists that may hold a large share of the
 * store (a year, a type, a venue, an organisation's members) come in the store's own order, the order they were
 * published in, which is stable as long as the store is not changed and costs the same on every page.
 */
final class ListQueries {
    /** jena-text's namespace, for {@code text:query}. */
    static final String TEXT_NS = "http://jena.apache.org/text#";
    /**
     * How many hits the text index is asked for, on every page: the search pages through these, and every page
     * ranks the same hits the same way (a publication has several documents, its title and its authors' names, and
     * its rank is their best score).
     */
    static final int MOST_HITS = 1_000;
    /** How many hits the persons and venues shown beside a search's publications are chosen from, together. */
    static final int SIDE_HITS = 100;
    /** The text index's field of the publications' authors' names. */
    static final String AUTHORS_FIELD = "authors";
    /** The longest search text taken; the rest is ignored. */
    static final int LONGEST_SEARCH = 200;

    private final StoreReader store;

    ListQueries(StoreReader store) {
        this.store = store;
    }

    /**
     * Publications that {@code pattern} binds to ?publication, newest first, then by title: for lists that stay
     * small. The pattern's other variables are bound to {@code params}.
     */
    Slice<PublicationEntry> sortedPublications(String pattern, Map<String, Node> params, Paging paging) {
        String query = """
                SELECT ?publication (SAMPLE(?name) AS ?title) (MAX(?y) AS ?year) {
                  %s
                  ?publication dcterms:title ?name .
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                } GROUP BY ?publication ORDER BY DESC(?year) ?title ?publication
                """.formatted(pattern) + window(paging);
        return paging.slice(store.select(bound(query, params)).stream().map(ListQueries::entry).toList());
    }

    /** Publications that {@code pattern} binds to ?publication, in the store's order: for lists of any size. */
    Slice<PublicationEntry> publications(String pattern, Map<String, Node> params, Paging paging) {
        List<Node> page = store.select(bound("SELECT DISTINCT ?publication { %s }".formatted(pattern)
                + window(paging), params)).stream().map(row -> row.get("publication").asNode()).toList();
        return paging.slice(labelled(page));
    }

    /**
     * Publications whose title or authors' names match the text in the text index, best first. The text is taken as
     * words (Lucene's query syntax is escaped), folded to lower-case ASCII as the titles and names are.
     */
    Slice<PublicationEntry> searchPublications(String text, Paging paging) {
        String query = "PREFIX text: <" + TEXT_NS + ">\n" + """
                SELECT ?publication (MAX(?score) AS ?rank) {
                  (?publication ?score) text:query (dcterms:title ?words %d) .
                } GROUP BY ?publication ORDER BY DESC(?rank) ?publication
                """.formatted(MOST_HITS) + window(paging);
        String words = words(text);
        if (words.isEmpty()) {
            return paging.slice(List.of());
        }
        String titlesOrAuthors = "(" + words + ") OR " + AUTHORS_FIELD + ":(" + words + ")";
        List<Node> page = store.select(bound(query, Map.of("words", NodeFactory.createLiteralString(titlesOrAuthors))))
                .stream().map(row -> row.get("publication").asNode()).toList();
        return paging.slice(labelled(page));
    }

    /**
     * Things of each kind whose name matches the text in the text index, best first, from the best {@code hits} hits
     * of one text query: a page of each kind's list ({@code kinds} maps each kind to its types, such as persons to
     * {@code schema:Person}).
     */
    Map<String, Slice<Link>> searchNames(String text, Map<String, List<String>> kinds, Paging paging, int hits) {
        List<NameHit> found = words(text).isEmpty() ? List.of() : namesFound(text,
                kinds.values().stream().flatMap(List::stream).distinct().toList(), hits);
        Map<String, Slice<Link>> pages = new HashMap<>();
        kinds.forEach((kind, typeIris) -> {
            Set<String> seen = new HashSet<>();
            pages.put(kind, paging.slice(found.stream().filter(hit -> typeIris.contains(hit.type()))
                    .map(NameHit::link).filter(link -> seen.add(link.href()))
                    .skip(paging.offset()).limit(paging.probe()).toList()));
        });
        return pages;
    }

    /** The things of the types whose name matches the text, best first, each with the type it was found as. */
    private List<NameHit> namesFound(String text, List<String> typeIris, int hits) {
        String types = typeIris.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" "));
        String query = "PREFIX text: <" + TEXT_NS + ">\n" + """
                SELECT ?thing ?type (MAX(?score) AS ?rank) (SAMPLE(?n) AS ?name) {
                  (?thing ?score) text:query (schema:name ?words %d) .
                  VALUES ?type { %s } ?thing a ?type ; schema:name ?n .
                } GROUP BY ?thing ?type ORDER BY DESC(?rank) ?name ?thing ?type
                """.formatted(hits, types);
        return store.select(bound(query, Map.of("words", NodeFactory.createLiteralString(words(text))))).stream()
                .map(row -> new NameHit(new Link(PublicBase.href(row.getResource("thing").getURI()),
                        row.getLiteral("name").getLexicalForm()), row.getResource("type").getURI())).toList();
    }

    /** A thing the text index found by its name, as one of the types asked for. */
    private record NameHit(Link link, String type) {
    }

    /** Things that {@code pattern} binds to ?thing, labelled with their name, in the store's order. */
    Slice<Link> named(String pattern, Map<String, Node> params, Paging paging) {
        List<Node> page = store.select(bound("SELECT DISTINCT ?thing { %s }".formatted(pattern) + window(paging),
                params)).stream().map(row -> row.get("thing").asNode()).toList();
        if (page.isEmpty()) {
            return paging.slice(List.of());
        }
        Map<Node, String> names = names(page);
        return paging.slice(page.stream().map(node -> new Link(PublicBase.href(node.getURI()),
                names.getOrDefault(node, node.getURI()))).toList());
    }

    /** A name of each of the things that has one ({@code schema:name}), read in one query. */
    Map<Node, String> names(List<Node> things) {
        Map<Node, String> names = new HashMap<>();
        if (things.isEmpty()) {
            return names;
        }
        store.select("""
                SELECT ?thing (SAMPLE(?n) AS ?name) { VALUES ?thing { %s } ?thing schema:name ?n } GROUP BY ?thing
                """.formatted(values(things))).forEach(row -> names.put(row.get("thing").asNode(),
                        row.getLiteral("name").getLexicalForm()));
        return names;
    }

    /** The text as words for Lucene's query parser: its syntax escaped, empty when nothing is left to find. */
    static String words(String text) {
        String cut = text.length() > LONGEST_SEARCH ? text.substring(0, LONGEST_SEARCH) : text;
        if (cut.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "";
        }
        // The words AND, OR and NOT are operators to the parser; lower-cased they are words like any other.
        return QueryParserBase.escape(cut.toLowerCase(Locale.ROOT));
    }

    /** The titles and years of publications, in the order given. */
    private List<PublicationEntry> labelled(List<Node> publications) {
        if (publications.isEmpty()) {
            return List.of();
        }
        Map<Node, PublicationEntry> entries = new HashMap<>();
        store.select("""
                SELECT ?publication (SAMPLE(?name) AS ?title) (MAX(?y) AS ?year) {
                  VALUES ?publication { %s }
                  ?publication dcterms:title ?name .
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                } GROUP BY ?publication
                """.formatted(values(publications)))
                .forEach(row -> entries.put(row.get("publication").asNode(), entry(row)));
        List<PublicationEntry> ordered = new ArrayList<>();
        for (Node publication : publications) {
            ordered.add(entries.getOrDefault(publication, new PublicationEntry(new Link(
                    PublicBase.href(publication.getURI()), publication.getURI()), "")));
        }
        return ordered;
    }

    private static String values(List<Node> nodes) {
        return nodes.stream().map(NodeFmtLib::strNT).collect(Collectors.joining(" "));
    }

    private static PublicationEntry entry(QuerySolution row) {
        return new PublicationEntry(new Link(PublicBase.href(row.getResource("publication").getURI()),
                row.getLiteral("title").getLexicalForm()),
                row.contains("year") ? row.getLiteral("year").getLexicalForm() : "");
    }

    private static String window(Paging paging) {
        return "\nLIMIT " + paging.probe() + " OFFSET " + paging.offset() + "\n";
    }

    /** {@code template} with its variables bound to values through Jena's parameterised queries. */
    static String bound(String template, Map<String, Node> params) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(template);
        params.forEach(query::setParam);
        return query.toString();
    }
}
