package org.publod.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.Callback;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.slf4j.LoggerFactory;

/**
 * Fuseki over the store, in one Jetty: a read-only SPARQL 1.1 Protocol endpoint at {@value #SPARQL_PATH}
 * (GET and POST queries; SPARQL updates are refused: the store changes only through publication, by
 * {@code publod publish} or, when an administrator has configured {@link Publishing}, at {@value #PUBLISH_PATH}), and
 * the Linked Data front end on every other path: each IRI minted under the public base answers 303 to its document,
 * served as HTML, Turtle, JSON-LD, RDF/XML, N-Triples or TriG, beside the index, search and SPARQL pages,
 * {@code robots.txt}, {@code sitemap.xml}, {@code /.well-known/void} and {@code /health}.
 *
 * <p>It is meant to face the public: queries stop at a timeout and answer at most a set number of rows, request
 * bodies are limited in size, the whole dataset is served in one response only when configured
 * ({@link ServingLimits}); CORS is open to every origin without credentials; answers are compressed when the
 * client accepts gzip; every request is logged in the NCSA combined format to the SLF4J logger
 * {@value #ACCESS_LOG}.
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
    /** The whole dataset in one response, served only when {@link ServingLimits#dump()} is set. */
    public static final String DUMP_PATH = DATASET_PATH + "/data";
    /** Where an administrator sends a report to publish, when {@link Publishing} is configured. */
    public static final String PUBLISH_PATH = DATASET_PATH + "/publish";
    /** The SLF4J logger the access log is written to, one line per request. */
    public static final String ACCESS_LOG = "org.publod.access";
    /**
     * The most request threads, as in Jetty's own default. Fuseki's default of 20 left requests beyond about 18 at
     * once waiting in Jetty's queue, which took them in no fair order: with 32 clients, a page that took 140 ms at
     * the median took over a second at the 99th percentile. The pages' own admission ({@code LinkedDataServlet})
     * bounds the work done at once; a thread that waits there is parked and costs little.
     */
    static final int REQUEST_THREADS = 200;

    private final FusekiServer server;
    private final String host;
    private final String publicBase;
    private final Optional<Publishing> publishing;

    private SparqlServer(FusekiServer server, String host, String publicBase, Optional<Publishing> publishing) {
        this.server = server;
        this.host = host;
        this.publicBase = publicBase;
        this.publishing = publishing;
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

    /** The base IRIs the store that {@code connections} reach was published under. */
    public static List<String> publishedBases(Supplier<RDFConnection> connections) {
        return new SiteQueries(new StoreReader(connections)).publishedBases();
    }

    /**
     * The SPARQL query a publication's page is made of: its description and the statements of its embedded
     * schema.org JSON-LD ({@code ResourceDescriber.page}). Anyone can send it to the endpoint, and the serving
     * benchmark compares the page with the endpoint answering it.
     */
    public static String pageQuery(String iri) {
        return ResourceDescriber.pageQuery(iri, false);
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

    /**
     * Prepares the publishing pipeline in the background ({@link ReportPublisher#warm}), when publishing is
     * configured: what a long-running server does, not a test's.
     */
    public void warmPublishing() {
        publishing.ifPresent(configured -> Builder.inBackground("publod-warm-publishing",
                "prepare the publishing pipeline", configured.publisher()::warm));
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
        private Supplier<RDFConnection> connections;
        private String host = "127.0.0.1";
        private int port = 3030;
        private String publicBase;
        private ServingLimits limits = ServingLimits.DEFAULTS;
        private Path review;
        private Optional<Publishing> publishing = Optional.empty();
        private int pageSize = Paging.DEFAULT_SIZE;
        private int sitemapSize = SitePages.SITEMAP_SIZE;

        private Builder() {
        }

        /** How many entries a page of a list holds (default {@value Paging#DEFAULT_SIZE}). */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("a page holds at least one entry: " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /** How many URLs a sitemap holds (default and at most {@value SitePages#SITEMAP_SIZE}). */
        public Builder sitemapSize(int sitemapSize) {
            if (sitemapSize < 1 || sitemapSize > SitePages.SITEMAP_SIZE) {
                throw new IllegalArgumentException("a sitemap holds 1 to " + SitePages.SITEMAP_SIZE + " URLs: "
                        + sitemapSize);
            }
            this.sitemapSize = sitemapSize;
            return this;
        }

        /** The store's dataset (required). */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /**
         * A store reached through connections instead of a dataset, such as a remote SPARQL store: the endpoint
         * sends each query on through one, with the result limit; the store's connection keeps the time limit.
         */
        public Builder connections(Supplier<RDFConnection> connections) {
            this.connections = connections;
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

        /** The query timeout, result limit, request size limit and dump (default {@link ServingLimits#DEFAULTS}). */
        public Builder limits(ServingLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The linker's review file, whose waiting candidates the quality report at /quality lists (optional). */
        public Builder review(Path review) {
            this.review = review;
            return this;
        }

        /**
         * Takes reports at {@value #PUBLISH_PATH} from the administrator and publishes them into the served store
         * (default: publishing is off, and that path answers 404).
         */
        public Builder publishing(Publishing publishing) {
            this.publishing = Optional.of(publishing);
            return this;
        }

        public SparqlServer start() {
            List<String> missing = new ArrayList<>();
            if (dataset == null && connections == null) {
                missing.add("dataset");
            }
            if (publicBase == null) {
                missing.add("publicBase");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("SparqlServer.Builder: set " + String.join(" and ", missing));
            }
            PublicBase base = new PublicBase(publicBase);
            FrontEnd frontEnd;
            FusekiServer server;
            if (dataset != null) {
                Dataset limited = DatasetFactory.wrap(withTimeout(dataset.asDatasetGraph(), limits));
                frontEnd = frontEnd(new StoreReader(limited), base, limits.dump() ? DUMP_PATH : null);
                server = embedded(limited, frontEnd);
            } else {
                frontEnd = frontEnd(new StoreReader(connections), base, null);
                server = proxied(frontEnd);
            }
            configureJetty(server.getJettyServer(), host, limits, publishing.isPresent());
            try {
                server.start();
            } catch (RuntimeException e) {
                throw new PublodException(ErrorCode.INPUT, "cannot listen on " + host + ":" + port + " ("
                        + e.getMessage() + ")", e);
            }
            inBackground("publod-warm", "count the index page's figures", frontEnd.siteQueries()::warm);
            return new SparqlServer(server, host, publicBase, publishing);
        }

        private FrontEnd frontEnd(StoreReader store, PublicBase base, String dumpPath) {
            return FrontEnd.of(store, base, SPARQL_PATH, dumpPath, Optional.ofNullable(review), pageSize,
                    sitemapSize);
        }

        private FusekiServer embedded(Dataset limited, FrontEnd frontEnd) {
            return FusekiServer.create()
                    .port(port)
                    .maxServerThreads(REQUEST_THREADS)
                    .registerOperation(Operation.Query, new LimitedQueries(limits.resultLimit()))
                    .add(DATASET_PATH, dataService(limited.asDatasetGraph(), limits))
                    .addServlet(PUBLISH_PATH, new PublishServlet(publishing))
                    .addServlet("/*", new LinkedDataServlet(frontEnd))
                    .build();
        }

        /** The front end and endpoint over a store reached through connections; it has its own dump, if any. */
        private FusekiServer proxied(FrontEnd frontEnd) {
            if (limits.dump()) {
                throw new PublodException(ErrorCode.INPUT, "--dump serves the embedded store only; a remote store "
                        + "offers its data through its own endpoints");
            }
            return FusekiServer.create()
                    .port(port)
                    .maxServerThreads(REQUEST_THREADS)
                    .addServlet(SPARQL_PATH, new ProxiedQueries(connections, limits.resultLimit()))
                    .addServlet(PUBLISH_PATH, new PublishServlet(publishing))
                    .addServlet("/*", new LinkedDataServlet(frontEnd))
                    .build();
        }

        /**
         * Runs a task in a thread of its own while the server already answers, such as counting what the index
         * page and sitemap show.
         */
        static void inBackground(String name, String what, Runnable task) {
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(SparqlServer.class).warn("could not {} ahead: {}", what, e.toString());
                }
            }, name);
            thread.setDaemon(true);
            thread.start();
        }

        /** The store with {@code arq:queryTimeout} in its context, which Fuseki and ARQ apply to every query. */
        private static DatasetGraph withTimeout(DatasetGraph store, ServingLimits limits) {
            Context context = Context.mergeCopy(store.getContext(), null);
            context.set(ARQ.queryTimeout, Long.toString(limits.queryTimeout().toMillis()));
            return new DatasetGraphWrapper(store, context);
        }

        /** Queries only, and the dump when configured: no update, no graph store writes, no dataset-wide GET. */
        private static DataService dataService(DatasetGraph store, ServingLimits limits) {
            DataService.Builder service = DataService.newBuilder(store)
                    .addEndpoint(Operation.Query, SPARQL_PATH.substring(DATASET_PATH.length() + 1));
            if (limits.dump()) {
                service.addEndpoint(Operation.GSP_R, DUMP_PATH.substring(DATASET_PATH.length() + 1));
            }
            return service.build();
        }

        /**
         * Listens on the host only; CORS, the request size limit, gzip and the access log around everything. A
         * publication, when configured, has its own, larger size limit, which {@link PublishServlet} checks.
         * Jetty 12.1 deprecates GzipHandler for CompressionHandler, which is in modules Fuseki does not ship;
         * GzipHandler is what the Jetty of this Fuseki has.
         */
        @SuppressWarnings("removal")
        private static void configureJetty(Server jetty, String host, ServingLimits limits, boolean publishing) {
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host);
                }
            }
            GzipHandler gzip = new GzipHandler(jetty.getHandler());
            gzip.addIncludedMethods("POST");
            SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.requestBytes(), -1) {
                @Override
                public boolean handle(Request request, Response response, Callback callback) throws Exception {
                    if (publishing && PUBLISH_PATH.equals(Request.getPathInContext(request))) {
                        return getHandler().handle(request, response, callback);
                    }
                    return super.handle(request, response, callback);
                }
            };
            sizeLimit.setHandler(gzip);
            jetty.setHandler(new CorsHandler(sizeLimit));
            Slf4jRequestLogWriter accessLog = new Slf4jRequestLogWriter();
            accessLog.setLoggerName(ACCESS_LOG);
            jetty.setRequestLog(new CustomRequestLog(accessLog, CustomRequestLog.EXTENDED_NCSA_FORMAT));
        }
    }
}
