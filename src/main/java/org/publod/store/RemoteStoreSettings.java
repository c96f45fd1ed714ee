package org.publod.store;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.publod.Credentials;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * How publod reaches a SPARQL store on another machine.
 *
 * @param profile what kind of store it is
 * @param endpoints where it takes queries and updates
 * @param credentials the user and password it asks for, if any (HTTP basic or digest, as the store challenges)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer to one request
 * @param batchTriples the most triples one update request carries
 * @param retries how often a request that failed on the way (no connection, timeout, 502, 503, 504) is tried
 *     again, after 1, 2, 4... seconds
 * @param unionDefaultGraph whether the store's default graph is the union of publod's graphs; if not, every query
 *     that names no graphs of its own is given publod's graphs as {@code FROM} and {@code FROM NAMED}
 */
public record RemoteStoreSettings(StoreProfile profile, RemoteEndpoints endpoints, Optional<Credentials> credentials,
                                  Duration connectTimeout, Duration readTimeout, int batchTriples, int retries,
                                  boolean unionDefaultGraph) {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(300);
    public static final int RETRIES = 3;

    public RemoteStoreSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(credentials, "credentials");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()
                || batchTriples < 1 || retries < 0) {
            throw new PublodException(ErrorCode.INPUT, "store timeouts and batch size must be positive, retries not "
                    + "negative: " + connectTimeout.toSeconds() + " s, " + readTimeout.toSeconds() + " s, "
                    + batchTriples + ", " + retries);
        }
        checkUrl(endpoints.query());
        checkUrl(endpoints.update());
    }

    /** A store of {@code profile} at {@code url}, with the default timeouts, the profile's batches and retries. */
    public static RemoteStoreSettings of(StoreProfile profile, String url, Optional<Credentials> credentials) {
        checkUrl(url);
        return new RemoteStoreSettings(profile, profile.endpoints(url), credentials, CONNECT_TIMEOUT, READ_TIMEOUT,
                profile.batchTriples(), RETRIES, false);
    }

    public RemoteStoreSettings withEndpoints(RemoteEndpoints changed) {
        return new RemoteStoreSettings(profile, changed, credentials, connectTimeout, readTimeout, batchTriples,
                retries, unionDefaultGraph);
    }

    public RemoteStoreSettings withTimeouts(Duration connect, Duration read) {
        return new RemoteStoreSettings(profile, endpoints, credentials, connect, read, batchTriples, retries,
                unionDefaultGraph);
    }

    public RemoteStoreSettings withBatches(int triples, int retried) {
        return new RemoteStoreSettings(profile, endpoints, credentials, connectTimeout, readTimeout, triples, retried,
                unionDefaultGraph);
    }

    public RemoteStoreSettings withUnionDefaultGraph(boolean union) {
        return new RemoteStoreSettings(profile, endpoints, credentials, connectTimeout, readTimeout, batchTriples,
                retries, union);
    }

    /**
     * Refuses what is not an http(s) URL, and a URL with a user or password in it: the URL is printed in messages
     * and shown in the process list, so credentials come from a file or the environment. The URL is not repeated
     * in the message, since it holds them.
     */
    static void checkUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new PublodException(ErrorCode.INPUT, "a remote store's endpoint is an http(s) URL; this one is not"
                    + " valid (" + e.getMessage().replace(url, "...") + ")", e);
        }
        if (uri.getRawUserInfo() != null) {
            throw new PublodException(ErrorCode.INPUT, "a remote store's URL must not hold a user or password "
                    + "(user:password@): give them with --store-credentials FILE or the environment variables "
                    + "PUBLOD_STORE_USER and PUBLOD_STORE_PASSWORD");
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new PublodException(ErrorCode.INPUT, "a remote store's endpoint is an http(s) URL, found \"" + url
                    + "\"");
        }
    }
}
