package org.publod.cli;

import picocli.CommandLine.Option;

/** Where {@code serve} listens. */
final class ServerOptions {
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;
}
