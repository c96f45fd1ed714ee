package org.publod.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;

/** What the HTML pages show beyond a resource's description: co-authors, provenance, an event's place. */
final class PageQueries {
    private final StoreReader store;
    private final ListQueries lists;

    PageQueries(StoreReader store) {
        this.store = store;
        this.lists = new ListQueries(store);
    }

    /** How many co-authors a person's page shows at most. */
    static final int CO_AUTHORS = 50;

    /**
     * A person's co-authors, most shared publications first, then by name: the first {@value #CO_AUTHORS}. They are
     * counted first and named after: naming each of a prolific author's thousands of co-authors before choosing
     * would cost three times as much. Among co-authors who share as many publications with the person as the last
     * one shown, those shown are the first by IRI.
     */
    List<CoAuthor> coAuthors(String personIri) {
        List<QuerySolution> counted = store.select(ResourceDescriber.about("""
                SELECT ?coauthor (COUNT(DISTINCT ?publication) AS ?shared) {
                  ?publication schema:author ?resource , ?coauthor .
                  FILTER (?coauthor != ?resource)
                } GROUP BY ?coauthor ORDER BY DESC(?shared) ?coauthor
                """, personIri), CO_AUTHORS);
        Map<Node, String> names = lists.names(counted.stream()
                .map(row -> row.get("coauthor").asNode()).toList());
        return counted.stream().filter(row -> names.containsKey(row.get("coauthor").asNode()))
                .map(row -> new CoAuthor(new Link(PublicBase.href(row.getResource("coauthor").getURI()),
                        names.get(row.get("coauthor").asNode())), row.getLiteral("shared").getInt()))
                .sorted(Comparator.comparingInt(CoAuthor::shared).reversed()
                        .thenComparing(coAuthor -> coAuthor.link().text()))
                .toList();
    }

    /**
     * What a resource is identified as ({@code schema:sameAs} links: a person's dblp person and ORCID iD), each with
     * the method, score and evidence the linkset graph describes it with.
     */
    List<Identification> identifications(String iri) {
        return store.select(ResourceDescriber.about("""
                SELECT ?target ?method ?score (GROUP_CONCAT(DISTINCT ?fact; separator="; ") AS ?facts) {
                  GRAPH ?graph { ?statement rdf:subject ?resource ; rdf:predicate schema:sameAs ; rdf:object ?target ;
                                            publod:linkMethod ?method ; publod:linkScore ?score .
                                 OPTIONAL { ?statement publod:linkEvidence ?fact } }
                } GROUP BY ?target ?method ?score ORDER BY ?target
                """, iri)).stream()
                .map(row -> new Identification(new Link(PublicBase.href(row.getResource("target").getURI()),
                        row.getResource("target").getURI()), row.getLiteral("method").getLexicalForm(),
                        row.getLiteral("score").getLexicalForm(), row.getLiteral("facts").getLexicalForm())).toList();
    }

    /**
     * Where a publication's statements came from: each report graph that holds it. The graphs are found first, then
     * read one by one: in one pattern, the store would list every publication derived from a report.
     */
    List<Provenance> provenance(String publicationIri) {
        List<QuerySolution> rows = store.select(ResourceDescriber.about("""
                SELECT DISTINCT ?graph ?line ?report ?title ?checksum ?time ?version {
                  GRAPH ?graph { ?resource prov:wasDerivedFrom ?line }
                  GRAPH ?graph { ?graph prov:generatedAtTime ?time ; prov:wasDerivedFrom ?report .
                    OPTIONAL { ?report dcterms:title ?title }
                    OPTIONAL { ?report dcterms:identifier ?checksum }
                    OPTIONAL { ?graph prov:wasGeneratedBy/prov:wasAssociatedWith/dcterms:hasVersion ?version } }
                } ORDER BY ?graph ?line
                """, publicationIri));
        return rows.stream().map(row -> new Provenance(
                new Link(PublicBase.href(row.getResource("report").getURI()), text(row, "title")),
                lineOf(row.getResource("line").getURI()),
                new Link(PublicBase.href(row.getResource("graph").getURI()), row.getResource("graph").getURI()),
                text(row, "checksum"), text(row, "time"), text(row, "version"))).toList();
    }

    /**
     * What a publication is part of, outermost first (a journal with the volume and issue, or a book), each with
     * the words a citation gives it: "vol. 290, no. 3".
     */
    List<Venue> venues(String publicationIri) {
        return store.select(ResourceDescriber.about("""
                SELECT ?container (SAMPLE(?n) AS ?name) (SAMPLE(?v) AS ?volume) (SAMPLE(?i) AS ?issue)
                       (SAMPLE(?j) AS ?journal) {
                  ?resource schema:isPartOf ?part . ?part schema:isPartOf* ?container .
                  ?container schema:name ?n .
                  OPTIONAL { ?part schema:isPartOf* ?volumeNode . ?volumeNode schema:volumeNumber ?v }
                  OPTIONAL { ?part schema:isPartOf* ?issueNode . ?issueNode schema:issueNumber ?i }
                  BIND (EXISTS { ?container a schema:Periodical } AS ?j)
                } GROUP BY ?container ORDER BY ?container
                """, publicationIri)).stream().map(row -> new Venue(
                        new Link(PublicBase.href(row.getResource("container").getURI()), text(row, "name")),
                        text(row, "volume"), text(row, "issue"), row.getLiteral("journal").getBoolean())).toList();
    }

    /** An event's place as "locality (country)", or empty. */
    String place(String eventIri) {
        return store.select(ResourceDescriber.about("""
                SELECT ?locality ?country { ?resource schema:location ?place .
                  OPTIONAL { ?place schema:address/schema:addressLocality ?locality }
                  OPTIONAL { ?place schema:address/schema:addressCountry ?country } } ORDER BY ?locality LIMIT 1
                """, eventIri)).stream()
                .map(row -> text(row, "locality") + (row.contains("country") ? " (" + text(row, "country") + ")" : ""))
                .findFirst().orElse("");
    }

    /** The line an RFC 5147 fragment {@code #line=L-1,L} selects, as text; empty when it is not one. */
    static String lineOf(String iri) {
        int at = iri.lastIndexOf("#line=");
        int comma = iri.lastIndexOf(',');
        return at >= 0 && comma > at ? iri.substring(comma + 1) : "";
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.get(var).asNode().isLiteral() ? row.getLiteral(var).getLexicalForm()
                : row.getResource(var).getURI() : "";
    }

    /**
     * A journal or book a publication appears in.
     *
     * @param link the link to it, labelled with its title
     * @param volume the volume, or empty
     * @param issue the issue, or empty
     * @param journal whether it is a journal (else a book)
     */
    record Venue(Link link, String volume, String issue, boolean journal) {
        /** "vol. 290, no. 3", or empty. */
        String details() {
            return (volume.isEmpty() ? "" : "vol. " + volume) + (volume.isEmpty() || issue.isEmpty() ? "" : ", ")
                    + (issue.isEmpty() ? "" : "no. " + issue);
        }
    }

    /**
     * A co-author.
     *
     * @param link the link to them
     * @param shared how many publications they share
     */
    record CoAuthor(Link link, int shared) {
    }

    /**
     * One identifier a resource was linked to, and why.
     *
     * @param target the dblp person, ORCID record or dblp record
     * @param method how the link was found
     * @param score the linker's score
     * @param evidence the facts, in words
     */
    record Identification(Link target, String method, String score, String evidence) {
    }

    /**
     * One report graph's account of a publication.
     *
     * @param report the report, labelled with its file name
     * @param line the line the entry starts on
     * @param graph the report's named graph
     * @param checksum the report file's checksum
     * @param published when the graph was made
     * @param publodVersion which publod made it
     */
    record Provenance(Link report, String line, Link graph, String checksum, String published,
                      String publodVersion) {
    }
}
