package org.publod.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * Fuseki over the store: a read-only SPARQL 1.1 Protocol endpoint at {@value #SPARQL_PATH}, answering GET and
 * POST queries. Updates are refused: the store changes only through {@code publod publish}.
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET_PATH = "/publod";
    /** The SPARQL query endpoint's path. */
    public static final String SPARQL_PATH = DATASET_PATH + "/sparql";

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving.
     *
     * @param dataset the store's dataset
     * @param host the address to listen on ({@code 127.0.0.1} keeps it to this machine)
     * @param port the port, or 0 for any free one
     */
    public static SparqlServer start(Dataset dataset, String host, int port) {
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add(DATASET_PATH, dataset, false)
                .build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new PublodException(ErrorCode.INPUT, "cannot listen on " + host + ":" + port + " ("
                    + e.getMessage() + ")", e);
        }
        return new SparqlServer(server, host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL endpoint's URL. */
    public String sparqlEndpoint() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port() + SPARQL_PATH;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
