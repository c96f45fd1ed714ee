package org.publod.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.apache.jena.update.UpdateRequest;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP requests to one remote store: queries and updates sent as the store needs them, with its credentials,
 * timeouts and retries, and failures turned into messages that say what to do. Credentials are handed to Jena's
 * authentication registry for the two endpoints, which answers the store's basic or digest challenge; they never
 * appear in a message.
 */
final class RemoteRequests {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteRequests.class);
    private static final String GRAPH_TYPES = "application/n-triples, text/turtle;q=0.5";
    private static final List<Integer> TRANSIENT_STATUSES = List.of(502, 503, 504);

    private final RemoteStoreSettings settings;
    private final HttpClient client;

    RemoteRequests(RemoteStoreSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        settings.credentials().ifPresent(credentials -> {
            for (String endpoint : List.of(settings.endpoints().query(), settings.endpoints().update())) {
                AuthEnv.get().registerUsernamePassword(URI.create(endpoint), credentials.user(),
                        credentials.password());
            }
        });
    }

    RemoteStoreSettings settings() {
        return settings;
    }

    /**
     * An execution of {@code query} at the query endpoint, answered within the read timeout. Graphs are asked for as
     * N-Triples, which writes every literal with its datatype: Virtuoso's Turtle writes the decimal 1 as {@code 1},
     * which reads back as an integer.
     */
    QueryExecution query(Query query) {
        QueryExecutionHTTPBuilder execution = QueryExecutionHTTP.service(settings.endpoints().query())
                .httpClient(client).query(query).timeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .acceptHeaderGraph(GRAPH_TYPES);
        if (settings.endpoints().formQueries()) {
            execution.sendMode(QuerySendMode.asPostForm);
        }
        return execution.build();
    }

    /** Sends one update request, again after a transient failure, up to the retries set. */
    void update(UpdateRequest update) {
        retrying("update", () -> {
            UpdateExecutionHTTP.service(settings.endpoints().update()).httpClient(client).update(update)
                    .sendMode(settings.endpoints().formQueries() ? UpdateSendMode.asPostForm : UpdateSendMode.asPost)
                    .timeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build().execute();
            return null;
        });
    }

    /**
     * Runs work that hands rows on as they come, once: a retry could hand the same rows on twice. A failure becomes
     * a message naming the endpoint.
     */
    <T> T once(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw failure(endpointOf(what), what, e);
        }
    }

    /** Runs a query's work, again after a transient failure; any failure becomes a message naming the endpoint. */
    <T> T retrying(String what, Supplier<T> request) {
        String endpoint = endpointOf(what);
        for (int attempt = 0; ; attempt++) {
            try {
                return request.get();
            } catch (RuntimeException e) {
                if (attempt >= settings.retries() || !isTransient(e)) {
                    throw failure(endpoint, what, e);
                }
                long wait = 1000L << attempt;
                LOG.warn("{}: {} failed ({}); trying again in {} s", endpoint, what, cause(e), wait / 1000);
                pause(wait);
            }
        }
    }

    private String endpointOf(String what) {
        return what.equals("update") ? settings.endpoints().update() : settings.endpoints().query();
    }

    /** What went wrong with a request to {@code endpoint}, said for the user. */
    PublodException failure(String endpoint, String what, RuntimeException e) {
        if (e instanceof PublodException known) {
            return known;
        }
        int status = status(e);
        String message;
        if (has(e, HttpTimeoutException.class)) {
            boolean connecting = has(e, java.net.http.HttpConnectTimeoutException.class);
            message = connecting ? "no connection within " + settings.connectTimeout().toSeconds()
                    + " s (--store-connect-timeout)" : "no answer within " + settings.readTimeout().toSeconds()
                    + " s (--store-timeout)";
        } else if (has(e, ConnectException.class)) {
            message = "cannot connect (is the store running, and is the URL right?)";
        } else if (status == 401 || status == 403) {
            message = "the store refused the credentials (HTTP " + status + "); give them with --store-credentials "
                    + "FILE or PUBLOD_STORE_USER and PUBLOD_STORE_PASSWORD";
        } else {
            message = cause(e);
        }
        return new PublodException(ErrorCode.STORE, endpoint + ": " + what + " failed: " + message, e);
    }

    /**
     * Whether a failure happened on the way: no connection, a connection lost, a gateway's 502, 503 or 504. A store
     * that took longer than the read timeout is busy with the request, and sending it again adds to its work.
     */
    private static boolean isTransient(RuntimeException e) {
        if (has(e, HttpTimeoutException.class)) {
            return has(e, java.net.http.HttpConnectTimeoutException.class);
        }
        return TRANSIENT_STATUSES.contains(status(e)) || has(e, ConnectException.class) || has(e, IOException.class);
    }

    private static int status(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
                return http.getStatusCode();
            }
            if (cause instanceof HttpException http && http.getStatusCode() > 0) {
                return http.getStatusCode();
            }
        }
        return -1;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which says what happened; the status and the store's own words when it sent them. */
    private static String cause(Throwable e) {
        int status = status(e);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String response = cause instanceof HttpException http ? http.getResponse()
                    : cause instanceof QueryExceptionHTTP http ? http.getResponse() : null;
            if (status > 0 && response != null && !response.isBlank()) {
                String said = response.strip().replaceAll("\\s+", " ");
                return "HTTP " + status + ": " + (said.length() > 400 ? said.substring(0, 400) + "..." : said);
            }
        }
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String text = innermost.getMessage() != null ? innermost.getMessage() : innermost.toString();
        return status > 0 ? "HTTP " + status + " " + text : text;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublodException(ErrorCode.STORE, "interrupted while waiting to try a store request again", e);
        }
    }
}
