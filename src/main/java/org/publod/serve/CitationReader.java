package org.publod.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.publod.vocab.Resolvers;

/**
 * Reads citations from the store: which publications a person wrote, a query names or the store holds, and for a
 * batch of them one SPARQL query ({@link #QUERY}) that gives each publication's own fields in one row and each
 * author (by {@code publod:authorPosition}) in one row more, ordered, so that the rows fold into {@link Citation}s.
 * What a publication is part of is walked once ({@code schema:isPartOf+}: issue, volume, journal or book); each
 * container gives what it has, and SAMPLE, which skips unbound values, keeps it.
 */
final class CitationReader {
    /** How many publications one citation query reads. */
    static final int BATCH = 200;

    /** The citation query; %s is the VALUES block of the publications. */
    static final String QUERY = """
            SELECT * WHERE {
              { SELECT ?publication (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?types)
                  (SAMPLE(COALESCE(?dctitle, ?name)) AS ?title) (SAMPLE(?y) AS ?year) (SAMPLE(?jn) AS ?journal)
                  (SAMPLE(?sn) AS ?issn) (SAMPLE(?vn) AS ?volume) (SAMPLE(?in) AS ?issue) (SAMPLE(?bn) AS ?book)
                  (SAMPLE(?en) AS ?event) (SAMPLE(?ps) AS ?pageStart) (SAMPLE(?pe) AS ?pageEnd)
                  (SAMPLE(?pg) AS ?pages) (SAMPLE(?d) AS ?doi) (SAMPLE(COALESCE(?pb, ?bookPublisher)) AS ?publisher)
                  (SAMPLE(COALESCE(?ab, ?dcab)) AS ?abstract)
                WHERE {
                  %1$s
                  OPTIONAL { ?publication dcterms:title ?dctitle }
                  OPTIONAL { ?publication schema:name ?name }
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                  OPTIONAL { ?publication schema:isPartOf+ ?container .
                    OPTIONAL { ?container a schema:Periodical ; schema:name ?jn .
                      OPTIONAL { ?container schema:issn ?sn } }
                    OPTIONAL { ?container schema:volumeNumber ?vn }
                    OPTIONAL { ?container schema:issueNumber ?in }
                    OPTIONAL { ?container a schema:Book ; schema:name ?bn .
                      OPTIONAL { ?container schema:publisher/schema:name ?bookPublisher } } }
                  OPTIONAL { ?eventNode schema:workFeatured ?publication ; schema:name ?en }
                  OPTIONAL { ?publication schema:pageStart ?ps }
                  OPTIONAL { ?publication schema:pageEnd ?pe }
                  OPTIONAL { ?publication schema:pagination ?pg }
                  OPTIONAL { ?publication prism:doi ?d }
                  OPTIONAL { ?publication schema:publisher/schema:name ?pb }
                  OPTIONAL { ?publication schema:abstract ?ab }
                  OPTIONAL { ?publication dcterms:abstract ?dcab }
                  ?publication a ?type .
                } GROUP BY ?publication }
              UNION
              { SELECT ?publication ?position (SAMPLE(?f) AS ?family) (SAMPLE(?i) AS ?given)
                  (SAMPLE(COALESCE(?n, ?listed)) AS ?name) (SAMPLE(COALESCE(?organization, ?affiliationAsListed))
                  AS ?affiliation) (MIN(STR(?o)) AS ?orcid)
                WHERE {
                  %1$s
                  ?publication pro:isDocumentContextFor ?role .
                  ?role publod:authorPosition ?position ; pro:isHeldBy ?person .
                  OPTIONAL { ?person schema:familyName ?f }
                  OPTIONAL { ?person publod:initials ?i }
                  OPTIONAL { ?person schema:name ?n }
                  OPTIONAL { ?role publod:nameAsListed ?listed }
                  OPTIONAL { ?role pro:relatesToOrganization/schema:name ?organization }
                  OPTIONAL { ?role publod:affiliationAsListed ?affiliationAsListed }
                  OPTIONAL { ?person schema:sameAs ?o . FILTER (STRSTARTS(STR(?o), ?orcidPrefix)) }
                } GROUP BY ?publication ?position }
            } ORDER BY ?publication ?position
            """;

    /** A publication: a FaBiO expression with authors (journals, volumes and books are expressions too). */
    private static final String PUBLICATION = "?publication a fabio:Expression . "
            + "FILTER EXISTS { ?publication schema:author ?anyAuthor }";

    private final Selector store;

    CitationReader(Selector store) {
        this.store = store;
    }

    /**
     * Runs a SELECT query and hands over its rows, which must outlive the query (see
     * {@link org.publod.Sparql#copy}); the query text carries its own prefixes.
     */
    @FunctionalInterface
    interface Selector {
        void select(String query, Consumer<QuerySolution> rows);
    }

    /** Whether the IRI is a publication that can be cited. */
    boolean isPublication(String iri) {
        return IriText.isPlausibleIri(iri) && !publicationsAmong(List.of(iri)).isEmpty();
    }

    /** Which of the IRIs are publications. */
    Set<String> publicationsAmong(List<String> iris) {
        Set<String> publications = new HashSet<>();
        for (int from = 0; from < iris.size(); from += BATCH) {
            String query = "SELECT DISTINCT ?publication { " + values(iris.subList(from, Math.min(iris.size(),
                    from + BATCH))) + " " + PUBLICATION + " }";
            store.select(withPrologue(query), row -> publications.add(publication(row)));
        }
        return publications;
    }

    /** A person's publications, newest first, then by title. */
    List<String> publicationsOf(String personIri) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(
                ordered("?publication schema:author ?person ."));
        query.setIri("person", personIri);
        return iris(query.toString());
    }

    /** Every publication in the store, newest first, then by title. */
    List<String> allPublications() {
        return iris(ordered(""));
    }

    /**
     * The publications a SELECT query's result names: those of the first column that holds a publication, in the
     * order of the result, each once.
     */
    List<String> publicationsIn(Query select) {
        if (!select.isSelectType()) {
            throw new IllegalArgumentException("only a SELECT query names publications to cite");
        }
        List<List<String>> columns = new ArrayList<>();
        List<String> vars = select.getResultVars();
        vars.forEach(var -> columns.add(new ArrayList<>()));
        store.select(select.serialize(), row -> {
            for (int i = 0; i < vars.size(); i++) {
                RDFNode value = row.get(vars.get(i));
                if (value != null && value.isURIResource()) {
                    columns.get(i).add(value.asResource().getURI());
                }
            }
        });
        for (List<String> column : columns) {
            List<String> distinct = List.copyOf(new LinkedHashSet<>(column.stream().filter(IriText::isPlausibleIri)
                    .toList()));
            Set<String> publications = publicationsAmong(distinct);
            if (!publications.isEmpty()) {
                return distinct.stream().filter(publications::contains).toList();
            }
        }
        return List.of();
    }

    /** The citations of the publications, in the order given, read in batches; IRIs that are none are left out. */
    void read(List<String> iris, Consumer<Citation> citations) {
        for (int from = 0; from < iris.size(); from += BATCH) {
            List<String> batch = iris.subList(from, Math.min(iris.size(), from + BATCH));
            Map<String, Citation> read = readBatch(batch);
            batch.stream().map(read::get).filter(citation -> citation != null).forEach(citations);
        }
    }

    /** The citations of the publications, in the order given. */
    List<Citation> read(List<String> iris) {
        List<Citation> citations = new ArrayList<>();
        read(iris, citations::add);
        return citations;
    }

    private Map<String, Citation> readBatch(List<String> iris) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY.formatted(values(iris)));
        query.setLiteral("orcidPrefix", Resolvers.ORCID);
        Map<String, CitationRows> rows = new LinkedHashMap<>();
        store.select(withPrologue(query.toString()), row -> {
            String iri = publication(row);
            if (row.contains("position")) {
                rows.computeIfAbsent(iri, CitationRows::new).addAuthor(row);
            } else {
                rows.computeIfAbsent(iri, CitationRows::new).publication(row);
            }
        });
        Map<String, Citation> citations = new LinkedHashMap<>();
        rows.forEach((iri, folded) -> folded.citation().ifPresent(citation -> citations.put(iri, citation)));
        return citations;
    }

    private List<String> iris(String query) {
        List<String> iris = new ArrayList<>();
        store.select(withPrologue(query), row -> iris.add(publication(row)));
        return iris;
    }

    /**
     * The row's publication IRI. Virtuoso answers a variable bound by a VALUES block and grouped in a sub-query as
     * a string literal of the IRI, other stores as the IRI itself.
     */
    private static String publication(QuerySolution row) {
        RDFNode node = row.get("publication");
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String ordered(String pattern) {
        return """
                SELECT ?publication (MAX(?y) AS ?year) (MIN(?t) AS ?title) {
                  %s %s
                  OPTIONAL { ?publication dcterms:title ?t }
                  OPTIONAL { ?publication fabio:hasPublicationYear ?y }
                } GROUP BY ?publication ORDER BY DESC(?year) ?title ?publication
                """.formatted(pattern, PUBLICATION);
    }

    /** A VALUES block binding ?publication to each IRI (written by Jena, so no IRI can break out of it). */
    private static String values(List<String> iris) {
        return iris.stream().filter(IriText::isPlausibleIri).map(iri -> NodeFmtLib.strNT(NodeFactory.createURI(iri)))
                .distinct().collect(Collectors.joining(" ", "VALUES ?publication { ", " }"));
    }

    private static String withPrologue(String query) {
        return ResourceDescriber.prologue() + query;
    }
}
