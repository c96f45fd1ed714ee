package org.publod.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.publod.vocab.PrefixMappings;

/**
 * Read-only SPARQL over the served dataset, each query in its own read transaction, results copied out so they
 * outlive it. The default graph is the union of the report graphs, as everywhere in publod.
 */
final class StoreReader {
    private final Dataset dataset;

    StoreReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Parses a query with the publod prefixes predefined. */
    static Query parse(String text) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD);
        return QueryFactory.parse(query, text, null, null);
    }

    Model construct(String query) {
        Query parsed = parse(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(parsed).build()) {
                Model model = execution.execConstruct();
                model.setNsPrefixes(PrefixMappings.STANDARD);
                return model;
            }
        });
    }

    boolean ask(String query) {
        Query parsed = parse(query);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(parsed).build()) {
                return execution.execAsk();
            }
        });
    }

    /** A copy of a row whose values are read now: the store's own rows read them lazily, inside the transaction. */
    private static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
        return copy;
    }

    List<QuerySolution> select(String query) {
        return select(parse(query));
    }

    /** The first {@code limit} rows of {@code query}. */
    List<QuerySolution> select(String query, long limit) {
        Query parsed = parse(query);
        parsed.setLimit(limit);
        return select(parsed);
    }

    private List<QuerySolution> select(Query parsed) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(parsed).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                execution.execSelect().forEachRemaining(row -> rows.add(copy(row)));
                return rows;
            }
        });
    }
}
