package org.publod.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod serve}: Fuseki over the store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store as a read-only SPARQL 1.1 endpoint at " + SparqlServer.SPARQL_PATH + ".")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (PublodStore target = store.open()) {
            serveUntilStopped(target, server, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    static void serveUntilStopped(PublodStore store, ServerOptions options, PrintWriter out) {
        if (!(store instanceof Tdb2Store tdb2)) {
            throw new PublodException(PublodException.ErrorCode.INPUT,
                    "only the embedded store can be served; a SPARQL store serves itself");
        }
        try (SparqlServer server = SparqlServer.start(tdb2.dataset(), options.host, options.port)) {
            out.println("SPARQL endpoint: " + server.sparqlEndpoint() + "  (read-only; stop with Ctrl-C)");
            out.flush();
            server.join();
        }
    }
}
