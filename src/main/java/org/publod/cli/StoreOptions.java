package org.publod.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.publod.Credentials;
import org.publod.store.PublodStore;
import org.publod.store.RemoteEndpoints;
import org.publod.store.RemoteSparqlStore;
import org.publod.store.RemoteStoreSettings;
import org.publod.store.StoreProfile;
import org.publod.store.Tdb2Store;
import picocli.CommandLine.Option;

/** Which store a command works on: the embedded one, or a SPARQL store reached over HTTP. */
final class StoreOptions {
    /** The environment variables a remote store's credentials are read from, when no file is given. */
    static final String USER_VARIABLE = "PUBLOD_STORE_USER";
    static final String PASSWORD_VARIABLE = "PUBLOD_STORE_PASSWORD";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "publod-data",
            description = "The embedded TDB2 store's directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--sparql-store", paramLabel = "URL",
            description = "Use a SPARQL 1.1 store instead: the URL its --store-profile starts from "
                    + "(Fuseki: the dataset's; Virtuoso: the server's; GraphDB: the repository's; generic: the "
                    + "query endpoint). Never put a user or password in it.")
    String remote;

    @Option(names = "--store-profile", paramLabel = "NAME", defaultValue = "fuseki",
            description = "fuseki, virtuoso, graphdb or generic: the endpoints and the way of asking that kind of "
                    + "store (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--store-query-endpoint", paramLabel = "URL",
            description = "The SPARQL query endpoint, instead of the profile's.")
    String queryEndpoint;

    @Option(names = "--store-update-endpoint", paramLabel = "URL",
            description = "The SPARQL update endpoint, instead of the profile's.")
    String updateEndpoint;

    @Option(names = "--store-credentials", paramLabel = "FILE",
            description = "A file whose first line is user:password for the store (HTTP basic or digest). Without "
                    + "it, the environment variables " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " are read.")
    Path credentialsFile;

    @Option(names = "--store-connect-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for a connection to the store (default: ${DEFAULT-VALUE}).")
    int connectTimeoutSeconds;

    @Option(names = "--store-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long to wait for the store to answer one request (default: ${DEFAULT-VALUE}).")
    int readTimeoutSeconds;

    @Option(names = "--store-batch", paramLabel = "TRIPLES",
            description = "The most triples one update request carries (default: the profile's, 1,000 for "
                    + "virtuoso and generic, 10,000 for fuseki and graphdb).")
    Integer batchTriples;

    @Option(names = "--store-retries", paramLabel = "N", defaultValue = "3",
            description = "How often a request that failed on the way (no connection, timeout, 502, 503, 504) is "
                    + "sent again (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--store-union-default-graph",
            description = "The store's default graph is already the union of publod's graphs (a Fuseki dataset with "
                    + "tdb2:unionDefaultGraph true): queries need not name them.")
    boolean unionDefaultGraph;

    PublodStore open() {
        return remote != null ? RemoteSparqlStore.with(remoteSettings(System.getenv())) : Tdb2Store.open(directory);
    }

    RemoteStoreSettings remoteSettings(Map<String, String> environment) {
        Optional<Credentials> credentials = credentialsFile != null ? Optional.of(Credentials.fromFile(credentialsFile))
                : Credentials.fromEnvironment(environment, USER_VARIABLE, PASSWORD_VARIABLE);
        RemoteStoreSettings settings = RemoteStoreSettings.of(StoreProfile.named(profile), remote, credentials);
        RemoteEndpoints endpoints = settings.endpoints();
        if (queryEndpoint != null) {
            endpoints = endpoints.withQuery(queryEndpoint);
        }
        if (updateEndpoint != null) {
            endpoints = endpoints.withUpdate(updateEndpoint);
        }
        return settings.withEndpoints(endpoints)
                .withTimeouts(Duration.ofSeconds(connectTimeoutSeconds), Duration.ofSeconds(readTimeoutSeconds))
                .withBatches(batchTriples != null ? batchTriples : settings.batchTriples(), retries)
                .withUnionDefaultGraph(unionDefaultGraph);
    }
}
