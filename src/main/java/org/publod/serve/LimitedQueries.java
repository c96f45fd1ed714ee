package org.publod.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query service with a result limit: a query whose own LIMIT is missing or larger is run with the
 * limit instead, so no single answer is larger than the server allows. The timeout is Fuseki's own
 * ({@code arq:queryTimeout} in the dataset's context).
 */
final class LimitedQueries extends SPARQL_QueryDataset {
    private final long resultLimit;

    LimitedQueries(long resultLimit) {
        this.resultLimit = resultLimit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query limited = decided.getRight();
        if (!limited.isAskType() && (!limited.hasLimit() || limited.getLimit() > resultLimit)) {
            limited = limited.cloneQuery();
            limited.setLimit(resultLimit);
        }
        return Pair.create(decided.getLeft(), limited);
    }
}
