package org.publod.cli;

import java.time.Duration;
import org.publod.PublodException;
import org.publod.serve.ServingLimits;
import picocli.CommandLine.Option;

/** Where {@code serve} listens, and what it allows one request. */
final class ServerOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a SPARQL query may run before it is stopped with an error "
                    + "(default: ${DEFAULT-VALUE}).")
    int queryTimeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "The most rows one query answers with; a query with no smaller LIMIT gets this one "
                    + "(default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--request-limit", paramLabel = "KIB", defaultValue = "64",
            description = "The largest request body accepted, in KiB; a larger one is refused with 413 "
                    + "(default: ${DEFAULT-VALUE}).")
    long requestLimitKib;

    @Option(names = "--dump",
            description = "Also serve the whole dataset in one response at /publod/data, and list it in the "
                    + "VoID description as its void:dataDump (default: not served).")
    boolean dump;

    /** The limits as set; a value that is not positive is refused with a message naming the option. */
    ServingLimits limits() {
        if (queryTimeoutSeconds < 1 || resultLimit < 1 || requestLimitKib < 1) {
            throw new PublodException(PublodException.ErrorCode.INPUT,
                    "--query-timeout, --result-limit and --request-limit must be positive, not "
                            + queryTimeoutSeconds + ", " + resultLimit + " and " + requestLimitKib);
        }
        return new ServingLimits(Duration.ofSeconds(queryTimeoutSeconds), resultLimit, requestLimitKib * 1024, dump);
    }
}
