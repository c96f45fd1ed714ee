package org.publod.store;

import java.util.Locale;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * What a kind of SPARQL store calls its endpoints, given the one URL a user knows, and how it must be spoken to.
 * Every endpoint can still be set on its own ({@link RemoteEndpoints}).
 */
public enum StoreProfile {
    /**
     * Apache Jena Fuseki: the URL is the dataset's ({@code http://host:3030/ds}); queries at {@code sparql},
     * updates at {@code update}. Its default graph is the union of the
     * named graphs only when the dataset is configured so ({@code tdb2:unionDefaultGraph true}).
     */
    FUSEKI(true, 10_000),
    /**
     * OpenLink Virtuoso 7: the URL is the server's ({@code http://host:8890/}); queries at {@code sparql}, sent as
     * forms (it leaves a long query sent as {@code application/sparql-query} unanswered), updates at
     * {@code sparql-auth} with the credentials (HTTP digest), at most 1,000 triples each (its SPARQL compiler runs
     * out of memory on an {@code INSERT DATA} of a few thousand). Its default graph holds every graph, its own system
     * graphs too, and a triple once per graph that holds it.
     */
    VIRTUOSO(false, 1_000),
    /**
     * Ontotext GraphDB: the URL is the repository's ({@code http://host:7200/repositories/repo}); queries there,
     * updates at {@code statements}.
     */
    GRAPHDB(false, 10_000),
    /** Any SPARQL 1.1 store: the URL is the query endpoint, which also takes updates unless one is given. */
    GENERIC(false, 1_000);

    private final boolean mergesGraphs;
    private final int batchTriples;

    StoreProfile(boolean mergesGraphs, int batchTriples) {
        this.mergesGraphs = mergesGraphs;
        this.batchTriples = batchTriples;
    }

    /** The most triples one update request carries, unless set otherwise. */
    public int batchTriples() {
        return batchTriples;
    }

    /** The profile of this name, in any case; an unknown name is refused with the known ones. */
    public static StoreProfile named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PublodException(ErrorCode.INPUT, "unknown store profile \"" + name
                    + "\"; use fuseki, virtuoso, graphdb or generic", e);
        }
    }

    /** The endpoints this kind of store has under {@code url}. */
    public RemoteEndpoints endpoints(String url) {
        String base = url.replaceAll("/+$", "");
        return switch (this) {
            case FUSEKI -> new RemoteEndpoints(base + "/sparql", base + "/update", false);
            case VIRTUOSO -> new RemoteEndpoints(base + "/sparql", base + "/sparql-auth", true);
            case GRAPHDB -> new RemoteEndpoints(base, base + "/statements", true);
            case GENERIC -> new RemoteEndpoints(base, base, true);
        };
    }

    /**
     * Whether a default graph made of several graphs holds a triple once however many of them hold it (an RDF
     * merge, as in Jena). Virtuoso matches such a triple once per graph, so a count over it counts the triple twice;
     * for GraphDB and other stores publod does not rely on it.
     */
    public boolean mergesGraphs() {
        return mergesGraphs;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
