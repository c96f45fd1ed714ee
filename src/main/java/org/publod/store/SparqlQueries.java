package org.publod.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.Sparql;

/** Parses the SPARQL queries users give ({@link Sparql#parse}), naming what is wrong with one that is not. */
public final class SparqlQueries {
    private SparqlQueries() {
    }

    public static Query parse(String text) {
        try {
            return Sparql.parse(text);
        } catch (QueryParseException e) {
            throw new PublodException(ErrorCode.INPUT, "the query is not valid SPARQL: " + e.getMessage(), e);
        }
    }
}
