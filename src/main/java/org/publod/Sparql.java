package org.publod;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.publod.vocab.PrefixMappings;

/** SPARQL as every stage sends it: queries with the publod prefixes predefined, and result rows kept for later. */
public final class Sparql {
    private Sparql() {
    }

    /**
     * Parses a query with the publod prefixes predefined, so that it may leave out their PREFIX lines.
     *
     * @throws org.apache.jena.query.QueryParseException when the text is not a SPARQL query
     */
    public static Query parse(String text) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(PrefixMappings.STANDARD);
        return QueryFactory.parse(query, text, null, null);
    }

    /**
     * Parses a query once ({@link #parse}), to be run many times with values for some of its variables
     * ({@link #bind}): parsing a long query costs more than answering it for one resource.
     */
    public static Query template(String text) {
        Query query = parse(text);
        query.getResultVars(); // worked out now, so that from here on the template is only read, by any thread
        return query;
    }

    /** A new query: the template with the variables replaced by the values (Jena's syntactic substitution). */
    public static Query bind(Query template, Map<String, ? extends Node> values) {
        Map<Var, Node> vars = new HashMap<>();
        values.forEach((name, value) -> vars.put(Var.alloc(name), value));
        return QueryTransformOps.syntaxSubstitute(template, vars);
    }

    /**
     * A copy of a result row whose values are read now. A TDB2 store's rows read their values lazily, from the
     * transaction the query ran in: a row kept after the transaction has ended fails on the values the store no
     * longer has cached, which in a small store is almost never and in a large one is often.
     */
    public static QuerySolution copy(QuerySolution row) {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(var -> copy.add(var, row.get(var)));
        return copy;
    }
}
