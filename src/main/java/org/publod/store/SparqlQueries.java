package org.publod.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.vocab.PrefixMappings;

/** Parses SPARQL queries with the publod prefixes predefined, so users may leave out their PREFIX lines. */
public final class SparqlQueries {
    private SparqlQueries() {
    }

    public static Query parse(String text) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD);
        try {
            return QueryFactory.parse(query, text, null, null);
        } catch (QueryParseException e) {
            throw new PublodException(ErrorCode.INPUT, "the query is not valid SPARQL: " + e.getMessage(), e);
        }
    }
}
