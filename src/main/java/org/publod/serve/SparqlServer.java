package org.publod.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * Fuseki over the store, in one Jetty: a read-only SPARQL 1.1 Protocol endpoint at {@value #SPARQL_PATH}
 * (GET and POST queries; updates are refused, the store changes only through {@code publod publish}), and the
 * Linked Data front end on every other path: each IRI minted under the public base answers 303 to its document,
 * served as HTML, Turtle, JSON-LD, RDF/XML, N-Triples or TriG, beside the index, search and SPARQL pages,
 * {@code robots.txt}, {@code sitemap.xml} and {@code /.well-known/void}. CORS is open on all of it.
 *
 * <pre>{@code
 * try (SparqlServer server = SparqlServer.create().dataset(dataset).host("127.0.0.1").port(3030)
 *         .publicBase("https://data.example.org/").start()) {
 *     server.join();
 * }
 * }</pre>
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path on the server. */
    public static final String DATASET_PATH = "/publod";
    /** The SPARQL query endpoint's path. */
    public static final String SPARQL_PATH = DATASET_PATH + "/sparql";

    private final FusekiServer server;
    private final String host;
    private final String publicBase;

    private SparqlServer(FusekiServer server, String host, String publicBase) {
        this.server = server;
        this.host = host;
        this.publicBase = publicBase;
    }

    /** A builder: set the dataset and the public base, optionally the host and port, then {@code start()}. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts serving {@code dataset} on {@code host:port} (port 0: any free one) for IRIs under the base. */
    public static SparqlServer start(Dataset dataset, String host, int port, String publicBase) {
        return create().dataset(dataset).host(host).port(port).publicBase(publicBase).start();
    }

    /** The base IRIs the store was published under, as its VoID descriptions say; usually one. */
    public static List<String> publishedBases(Dataset dataset) {
        return new SiteQueries(new StoreReader(dataset)).publishedBases();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The public base IRI the front end serves the IRIs of. */
    public String publicBase() {
        return publicBase;
    }

    /** Where this server listens, as a URL ending in '/'. */
    public String localAddress() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port() + "/";
    }

    /** The SPARQL endpoint's URL at the listening address. */
    public String sparqlEndpoint() {
        return localAddress() + SPARQL_PATH.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Builds and starts a {@link SparqlServer}; {@link #start()} names every setting that is missing. */
    public static final class Builder {
        private Dataset dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private String publicBase;

        private Builder() {
        }

        /** The store's dataset (required). */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The address to listen on (default 127.0.0.1, this machine only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port (default 3030; 0 for any free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The public base IRI the data was published under (required): links on every page are made from it. */
        public Builder publicBase(String publicBase) {
            this.publicBase = publicBase;
            return this;
        }

        public SparqlServer start() {
            List<String> missing = new ArrayList<>();
            if (dataset == null) {
                missing.add("dataset");
            }
            if (publicBase == null) {
                missing.add("publicBase");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("SparqlServer.Builder: set " + String.join(" and ", missing));
            }
            PublicBase base = new PublicBase(publicBase);
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .add(DATASET_PATH, dataset, false)
                    .enableCors(true, null)
                    .addServlet("/*", new LinkedDataServlet(FrontEnd.of(dataset, base, SPARQL_PATH)))
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
            return new SparqlServer(server, host, publicBase);
        }
    }
}
