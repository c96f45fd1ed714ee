package org.publod;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;

/**
 * Result rows that outlive their query. A TDB2 store's rows read their values lazily, from the transaction the
 * query ran in: a row kept after the transaction has ended fails on the values the store no longer has cached,
 * which in a small store is almost never and in a large one is often.
 */
public final class QueryRows {
    private QueryRows() {
    }

    /** A copy of the row whose values are read now. */
    public static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
        return copy;
    }
}
