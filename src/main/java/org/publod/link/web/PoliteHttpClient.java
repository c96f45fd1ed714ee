package org.publod.link.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.publod.PublodException;
import org.publod.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with the manners public APIs ask for: one request at a time, a pause between requests, backing off on
 * 429 for as long as {@code Retry-After} says (else doubling), a timeout per request, and an on-disk cache of
 * every successful answer, so a rerun asks nothing twice and, offline, answers from the cache alone.
 */
public final class PoliteHttpClient {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttpClient.class);
    private static final int MAX_ATTEMPTS = 4;

    private final HttpClient http;
    private final Path cache;
    private final Duration delay;
    private final Duration timeout;
    private final boolean offline;
    private long lastRequest;

    /**
     * @param cache the cache directory
     * @param delay the pause between two requests
     * @param timeout the longest wait for one answer
     * @param offline answer from the cache only; a miss is an empty answer
     */
    public PoliteHttpClient(Path cache, Duration delay, Duration timeout, boolean offline) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.cache = cache;
        this.delay = delay;
        this.timeout = timeout;
        this.offline = offline;
    }

    /** The body of {@code uri}, or empty if the source did not answer usefully (logged as a warning). */
    public synchronized Optional<String> get(URI uri) {
        Path cached = cache.resolve(Sha256.hex(uri.toString()) + ".json");
        try {
            if (Files.exists(cached)) {
                return Optional.of(Files.readString(cached, StandardCharsets.UTF_8));
            }
            if (offline) {
                LOG.debug("offline, not in the cache: {}", uri);
                return Optional.empty();
            }
            Optional<String> body = fetch(uri);
            if (body.isPresent()) {
                Files.createDirectories(cache);
                Files.writeString(cached, body.get(), StandardCharsets.UTF_8);
            }
            return body;
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot use the HTTP cache " + cache, e);
        }
    }

    private Optional<String> fetch(URI uri) throws IOException {
        Duration backoff = Duration.ofSeconds(1);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            pause(delay.toMillis() - (System.currentTimeMillis() - lastRequest));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json").header("User-Agent", "publod linker").GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                lastRequest = System.currentTimeMillis();
                if (response.statusCode() == 200) {
                    return Optional.of(response.body());
                }
                if (response.statusCode() != 429 && response.statusCode() < 500) {
                    LOG.warn("{} answered {}; going on without it", uri, response.statusCode());
                    return Optional.empty();
                }
                Duration wait = response.headers().firstValue("Retry-After").flatMap(PoliteHttpClient::seconds)
                        .orElse(backoff);
                LOG.warn("{} answered {}; waiting {} s (attempt {} of {})", uri, response.statusCode(),
                        wait.toSeconds(), attempt, MAX_ATTEMPTS);
                pause(wait.toMillis());
                backoff = backoff.multipliedBy(2);
            } catch (HttpTimeoutException e) {
                lastRequest = System.currentTimeMillis();
                LOG.warn("{} did not answer within {} s (attempt {} of {})", uri, timeout.toSeconds(), attempt,
                        MAX_ATTEMPTS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        LOG.warn("{}: giving up after {} attempts", uri, MAX_ATTEMPTS);
        return Optional.empty();
    }

    private static Optional<Duration> seconds(String retryAfter) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) { // an HTTP date: fall back to our own backoff
            return Optional.empty();
        }
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
