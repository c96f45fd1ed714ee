package org.publod.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.serve.Publishing;
import org.publod.serve.ServingLimits;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.store.RemoteSparqlStore;
import org.publod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod serve}: Fuseki and the Linked Data front end over the store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: a read-only SPARQL 1.1 endpoint at " + SparqlServer.SPARQL_PATH
                + ", and every IRI published under the base as Linked Data (303 to its document, as HTML, "
                + "Turtle, JSON-LD, RDF/XML, N-Triples or TriG), with index, search and SPARQL pages (with a query "
                + "editor), the quality report at /quality, and a health "
                + "check at /health. Queries are limited in time and rows, request bodies in size; every request "
                + "is logged (NCSA combined) to the SLF4J logger " + SparqlServer.ACCESS_LOG + "."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The public base IRI: the --base the data was published under, which a request path P "
                    + "is appended to (default: the store's own, else " + MappingOptions.DEFAULT_BASE + "). "
                    + "Behind a proxy it differs from --host and --port; every link on every page uses it.")
    String base;

    @Option(names = "--review", paramLabel = "CSV",
            description = "The review file `publod link` wrote: the quality report at /quality lists its candidates "
                    + "without a decision.")
    Path review;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read settings from FILE, one `key = value` a line, each key a long option of serve without "
                    + "its dashes (store, base, host, port, admin-credentials, query-timeout, result-limit, "
                    + "request-limit, publish-limit, dump, review); options on the command line win over the file.")
    Path config;

    @Override
    public Integer call() {
        if (config != null) {
            ServeConfig.read(config).applyTo(spec);
        }
        try (PublodStore target = store.open()) {
            serveUntilStopped(target, server, base, review, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /**
     * Serves until stopped.
     *
     * @param base the public base, or null for the store's own (the base its VoID description states)
     */
    static void serveUntilStopped(PublodStore store, ServerOptions options, String base, PrintWriter out) {
        serveUntilStopped(store, options, base, null, out);
    }

    /** Serves until stopped; {@code review} is the review file the quality report lists, or null. */
    static void serveUntilStopped(PublodStore store, ServerOptions options, String base, Path review,
                                  PrintWriter out) {
        if (review != null && !Files.isRegularFile(review)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--review: no such file: " + review);
        }
        ServingLimits limits = options.limits();
        SparqlServer.Builder serving = SparqlServer.create();
        List<String> published;
        if (store instanceof Tdb2Store tdb2) {
            serving.dataset(tdb2.dataset());
            published = SparqlServer.publishedBases(tdb2.dataset());
        } else if (store instanceof RemoteSparqlStore remote) {
            // A query sent on to the store is waited for as long as the endpoint lets a query run, and once: its
            // client may ask again.
            RemoteSparqlStore limited = RemoteSparqlStore.with(remote.settings().withTimeouts(
                    remote.settings().connectTimeout(), limits.queryTimeout())
                    .withBatches(remote.settings().batchTriples(), 0));
            serving.connections(limited::connect);
            published = SparqlServer.publishedBases(remote::connect);
        } else {
            throw new PublodException(PublodException.ErrorCode.INPUT, store.describe() + " cannot be served");
        }
        String publicBase = base != null ? base
                : published.size() == 1 ? published.get(0) : MappingOptions.DEFAULT_BASE;
        if (!published.isEmpty() && !published.contains(publicBase)) {
            out.println("warning: the store's IRIs are under " + String.join(", ", published) + ", not " + publicBase
                    + ": their pages will not be found; serve with --base set to the base they were published under");
        }
        Optional<Publishing> publishing = options.publishing(store, publicBase);
        publishing.ifPresent(serving::publishing);
        try (SparqlServer server = serving.host(options.host).port(options.port).publicBase(publicBase)
                .limits(limits).review(review).start()) {
            server.warmPublishing();
            out.println("Linked Data: " + server.localAddress() + "  (IRIs under " + server.publicBase() + ")");
            out.println("SPARQL endpoint: " + server.sparqlEndpoint() + "  (read-only; queries stop after "
                    + limits.queryTimeout().toSeconds() + " s and " + limits.resultLimit() + " rows)");
            out.println("Health: " + server.localAddress() + "health" + (limits.dump() ? "  Dump: "
                    + server.localAddress() + SparqlServer.DUMP_PATH.substring(1) : "") + "  (stop with Ctrl-C)");
            out.println(publishing.map(p -> "Publishing: POST " + server.localAddress()
                    + SparqlServer.PUBLISH_PATH.substring(1) + "?file=NAME, as " + p.administrator().user()
                    + "  (publod publish --server " + server.localAddress() + " REPORT...)")
                    .orElse("Publishing over HTTP: off (no administrator credentials configured)"));
            out.flush();
            server.join();
        }
    }
}
