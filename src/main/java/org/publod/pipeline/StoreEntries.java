package org.publod.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.Sparql;
import org.publod.store.PublodStore;
import org.publod.validate.StoredEntries;
import org.publod.vocab.PrefixMappings;

/**
 * Looks up DOIs and ISSNs in the graphs of other reports, one small SPARQL query per key, so that a run's
 * whole-run checks see what earlier publications put in the store without reading it whole. The report's own
 * graph is left out: re-publishing a report does not clash with its previous version.
 */
final class StoreEntries implements StoredEntries {
    private static final String PUBLICATIONS = """
            SELECT ?node (SAMPLE(?title) AS ?name) WHERE {
              GRAPH ?g { ?node prism:doi ?value . OPTIONAL { ?node dcterms:title ?title } }
              FILTER (?g != ?graph)
            } GROUP BY ?node LIMIT 10""";
    private static final String JOURNALS = """
            SELECT DISTINCT ?node ?name WHERE {
              GRAPH ?g { ?node schema:issn ?value ; dcterms:title ?name }
              FILTER (?g != ?graph)
            } LIMIT 10""";
    /**
     * The entry a stored resource came from, as {@code file:line}: a publication's, or for a journal, volume or issue
     * that of one article in it. The article is found one, two or three steps down (issue, volume, journal), so
     * that the first one found ends the query: a property path would gather every article of the journal first.
     */
    private static final String SOURCE = """
            SELECT ?file ?line ?g WHERE {
              GRAPH ?g { { ?value prov:wasDerivedFrom ?line }
                         UNION { ?pub frbr:partOf ?value ; prov:wasDerivedFrom ?line }
                         UNION { ?pub frbr:partOf/frbr:partOf ?value ; prov:wasDerivedFrom ?line }
                         UNION { ?pub frbr:partOf/frbr:partOf/frbr:partOf ?value ; prov:wasDerivedFrom ?line } }
              FILTER (?g != ?graph)
              BIND (IRI(STRBEFORE(STR(?line), "#")) AS ?report)
              OPTIONAL { GRAPH ?g { ?report dcterms:title ?file } }
            } LIMIT 1""";

    private final PublodStore store;
    private final String graphIri;

    StoreEntries(PublodStore store, String graphIri) {
        this.store = store;
        this.graphIri = graphIri;
    }

    @Override
    public List<Stored> publicationsWithDoi(String doi) {
        return stored(select(PUBLICATIONS, NodeFactory.createLiteralString(doi)));
    }

    @Override
    public List<Stored> journalsWithIssn(String issn) {
        return stored(select(JOURNALS, NodeFactory.createLiteralString(issn)));
    }

    private static List<Stored> stored(List<QuerySolution> rows) {
        return rows.stream().map(row -> new Stored(row.getResource("node").getURI(),
                row.contains("name") ? row.getLiteral("name").getLexicalForm() : "")).toList();
    }

    @Override
    public String sourceOf(String node) {
        List<QuerySolution> rows = select(SOURCE, NodeFactory.createURI(node));
        if (rows.isEmpty()) {
            return "an unknown entry";
        }
        QuerySolution row = rows.get(0);
        String line = row.getResource("line").getURI();
        return row.contains("file") ? row.getLiteral("file").getLexicalForm() + ":"
                + line.substring(line.lastIndexOf(',') + 1) : line;
    }

    /** Runs {@code query} with ?value bound to {@code value} and ?graph to the report's own graph. */
    private List<QuerySolution> select(String query, Node value) {
        ParameterizedSparqlString bound = new ParameterizedSparqlString(query, PrefixMappings.STANDARD);
        bound.setParam("value", value);
        bound.setIri("graph", graphIri);
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(bound.asQuery(), row -> rows.add(Sparql.copy(row)));
        }
        return rows;
    }
}
