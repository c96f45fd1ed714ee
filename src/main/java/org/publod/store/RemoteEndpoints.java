package org.publod.store;

import java.util.Objects;

/**
 * Where a SPARQL store takes queries and updates. publod needs no Graph Store Protocol: it writes graphs with
 * {@code INSERT DATA} in batches, which every SPARQL 1.1 store takes and each of which can be timed and retried.
 *
 * @param query the SPARQL query endpoint
 * @param update the SPARQL update endpoint
 * @param formQueries whether queries are sent as HTML forms ({@code application/x-www-form-urlencoded}) rather
 *     than as {@code application/sparql-query}
 */
public record RemoteEndpoints(String query, String update, boolean formQueries) {
    public RemoteEndpoints {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(update, "update");
    }

    public RemoteEndpoints withQuery(String endpoint) {
        return new RemoteEndpoints(endpoint, update, formQueries);
    }

    public RemoteEndpoints withUpdate(String endpoint) {
        return new RemoteEndpoints(query, endpoint, formQueries);
    }
}
