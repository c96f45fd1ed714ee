package org.publod.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.publod.Credentials;
import org.publod.PublodException;
import org.publod.pipeline.ServedPublication;
import org.publod.serve.Publishing;
import org.publod.serve.ServingLimits;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.validate.ProfileValidator;
import picocli.CommandLine.Option;

/** Where {@code serve} listens, what it allows one request, and who may publish into it. */
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

    @Option(names = "--admin-credentials", paramLabel = "FILE",
            description = "Take reports over HTTP (POST " + SparqlServer.PUBLISH_PATH + ") from the administrator "
                    + "named in FILE, one user:password line; without it, from the environment variables "
                    + ADMIN_USER + " and " + ADMIN_PASSWORD + ". With neither, publishing over HTTP is off.")
    Path adminCredentials;

    @Option(names = "--publish-limit", paramLabel = "MIB", defaultValue = "256",
            description = "The largest report accepted for publication over HTTP, in MiB (default: "
                    + "${DEFAULT-VALUE}).")
    long publishLimitMib;

    /** The environment variables the administrator's credentials are read from, when no file is named. */
    static final String ADMIN_USER = "PUBLOD_ADMIN_USER";
    static final String ADMIN_PASSWORD = "PUBLOD_ADMIN_PASSWORD";

    /**
     * Publishing into the served store, when the administrator's credentials are configured: from the file named by
     * --admin-credentials, else from the environment.
     */
    Optional<Publishing> publishing(PublodStore store, String publicBase) {
        Optional<Credentials> administrator = adminCredentials != null
                ? Optional.of(Credentials.fromFile(adminCredentials))
                : Credentials.fromEnvironment(System.getenv(), ADMIN_USER, ADMIN_PASSWORD);
        if (publishLimitMib < 1) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--publish-limit must be positive, not "
                    + publishLimitMib);
        }
        return administrator.map(credentials -> new Publishing(credentials, new ServedPublication(store, publicBase,
                ProfileValidator.bundled(), Clock.systemUTC()), publishLimitMib * 1024 * 1024));
    }

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
