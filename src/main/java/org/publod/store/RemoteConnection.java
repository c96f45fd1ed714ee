package org.publod.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionWrapper;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.UpdateRequest;

/**
 * A connection to a remote store whose default graph is the union of publod's graphs, as {@link PublodStore#connect}
 * promises, whatever the store's own default graph is. When the store's is not that union (Fuseki without
 * {@code tdb2:unionDefaultGraph}, Virtuoso, whose default graph is every graph it holds, its system graphs too), a
 * query that names no graphs of its own is given publod's graphs as its dataset, {@code FROM} and
 * {@code FROM NAMED} each, through Jena's query model, and the graphs it names by IRI as {@code FROM NAMED}; a
 * query that names its dataset is sent as it is.
 *
 * <p>publod's graphs are those that say what they are: a report graph states when it was generated (of itself,
 * {@code prov:generatedAtTime}), a dataset description holds a {@code void:Dataset} with its URI space, the
 * linkset graph its {@code void:Linkset}s. They are looked up once per connection, when a query first needs them.
 */
final class RemoteConnection extends RDFConnectionWrapper {
    /** Names no graph any store holds: the dataset of a query when publod has no graph yet. */
    static final String NO_GRAPH = "urn:x-publod:no-graph";
    private static final String PUBLOD_GRAPHS = """
            SELECT DISTINCT ?graph {
              { GRAPH ?graph { ?graph prov:generatedAtTime ?time } }
              UNION { GRAPH ?graph { ?dataset a void:Dataset ; void:uriSpace ?space } }
              UNION { GRAPH ?graph { ?linkset a void:Linkset } }
            } ORDER BY ?graph
            """;

    private final RemoteRequests requests;
    private List<String> graphs;

    RemoteConnection(RemoteRequests requests) {
        super(RDFConnectionRemote.service(requests.settings().endpoints().query())
                .updateEndpoint(requests.settings().endpoints().update()).build());
        this.requests = requests;
    }

    @Override
    public QueryExecution query(Query query) {
        return requests.query(withDataset(query));
    }

    @Override
    public QueryExecution query(String queryText) {
        return query(SparqlQueries.parse(queryText));
    }

    @Override
    public void querySelect(Query query, Consumer<QuerySolution> rowAction) {
        requests.once("query", () -> {
            super.querySelect(query, rowAction);
            return null;
        });
    }

    @Override
    public void queryResultSet(Query query, Consumer<ResultSet> resultSetAction) {
        requests.once("query", () -> {
            super.queryResultSet(query, resultSetAction);
            return null;
        });
    }

    @Override
    public boolean queryAsk(Query query) {
        return requests.retrying("query", () -> super.queryAsk(query));
    }

    @Override
    public Model queryConstruct(Query query) {
        return requests.retrying("query", () -> super.queryConstruct(query));
    }

    @Override
    public Model queryDescribe(Query query) {
        return requests.retrying("query", () -> super.queryDescribe(query));
    }

    @Override
    public void update(UpdateRequest update) {
        requests.update(update);
    }

    /** {@code query} over publod's graphs, unless the store's default graph is their union or it names its own. */
    Query withDataset(Query query) {
        if (requests.settings().unionDefaultGraph() || query.hasDatasetDescription()) {
            return query;
        }
        Query named = query.cloneQuery();
        List<String> publodGraphs = publodGraphs();
        for (String graph : publodGraphs.isEmpty() ? List.of(NO_GRAPH) : publodGraphs) {
            named.addGraphURI(graph);
            named.addNamedGraphURI(graph);
        }
        for (String graph : graphsNamedIn(query)) {
            if (!publodGraphs.contains(graph)) {
                named.addNamedGraphURI(graph);
            }
        }
        return named;
    }

    /** The graphs a query names by IRI ({@code GRAPH <iri> { ... }}), sub-queries included: they are asked for. */
    private static Set<String> graphsNamedIn(Query query) {
        Set<String> graphs = new LinkedHashSet<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph graph) {
                if (graph.getGraphNameNode().isURI()) {
                    graphs.add(graph.getGraphNameNode().getURI());
                }
            }

            @Override
            public void visit(ElementSubQuery subQuery) {
                ElementWalker.walk(subQuery.getQuery().getQueryPattern(), this);
            }
        });
        return graphs;
    }

    /** The graphs publod wrote, looked up on first use. */
    private List<String> publodGraphs() {
        if (graphs == null) {
            Query lookup = SparqlQueries.parse(PUBLOD_GRAPHS);
            // Once: the query that needs the graphs is itself retried, if it may be.
            graphs = requests.once("query", () -> {
                List<String> found = new ArrayList<>();
                try (QueryExecution execution = requests.query(lookup)) {
                    execution.execSelect().forEachRemaining(row -> found.add(row.getResource("graph").getURI()));
                }
                return found;
            });
        }
        return graphs;
    }
}
