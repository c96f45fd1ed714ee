package org.publod.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.publod.Credentials;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.pipeline.RunSummary;
import org.publod.serve.SparqlServer;

/** Talks to a running {@code publod serve}: sends it reports to publish, names its SPARQL endpoint. */
final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String address;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20)).build();

    /** @param address the server's address, such as {@code http://127.0.0.1:3030/} */
    ServerClient(String address) {
        this.address = address.endsWith("/") ? address : address + "/";
        if (!this.address.startsWith("http://") && !this.address.startsWith("https://")) {
            throw new PublodException(ErrorCode.INPUT, "--server: an http:// or https:// address, not \"" + address
                    + "\"");
        }
    }

    /** The server's SPARQL endpoint. */
    String sparqlEndpoint() {
        return address + SparqlServer.SPARQL_PATH.substring(1);
    }

    /** The server's address, for messages. */
    String address() {
        return address;
    }

    /** The credentials from {@code file}, else from PUBLOD_USER and PUBLOD_PASSWORD; a message when neither. */
    static Credentials credentials(Path file) {
        if (file != null) {
            return Credentials.fromFile(file);
        }
        return Credentials.fromEnvironment(System.getenv(), Credentials.USER_VARIABLE, Credentials.PASSWORD_VARIABLE)
                .orElseThrow(() -> new PublodException(ErrorCode.INPUT, "publishing into a server needs the "
                        + "administrator's credentials: --credentials FILE (one user:password line), or the "
                        + "environment variables " + Credentials.USER_VARIABLE + " and "
                        + Credentials.PASSWORD_VARIABLE));
    }

    /**
     * Asks the server, with an empty request, whether it takes publications with these credentials, so that a refusal
     * comes before any report is sent: it answers 400 (no report named) when it does, 401 or 404 when not.
     */
    void checkCredentials(Credentials credentials) {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(address + SparqlServer.PUBLISH_PATH.substring(1)))
                .header("Authorization", credentials.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = send(probe);
        if (response.statusCode() != 400) {
            throw refusal(response, credentials, "");
        }
    }

    /**
     * Sends one report to be published and waits for the run's summary.
     *
     * @param parameters how the report is read and mapped: {@code encoding} and the institute's settings
     */
    RunSummary publish(Path report, Credentials credentials, Map<String, String> parameters) {
        String query = "file=" + encode(report.getFileName().toString()) + parameters.entrySet().stream()
                .map(parameter -> "&" + encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining());
        URI target = URI.create(address + SparqlServer.PUBLISH_PATH.substring(1) + "?" + query);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target).header("Authorization", credentials.basicAuthorization())
                    .header("Content-Type", "application/octet-stream").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(report)).build();
        } catch (FileNotFoundException e) {
            throw new PublodException(ErrorCode.INPUT, report + ": no such report file", e);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 200) {
            try {
                return JSON.readValue(response.body(), RunSummary.class);
            } catch (IOException e) {
                throw new PublodException(ErrorCode.STORE, address + " answered a publication with something other "
                        + "than its summary; is it publod serve?", e);
            }
        }
        throw refusal(response, credentials, report.getFileName().toString());
    }

    private PublodException refusal(HttpResponse<String> response, Credentials credentials, String report) {
        String message = errorMessage(response.body()).orElse("");
        return switch (response.statusCode()) {
            case 401 -> new PublodException(ErrorCode.INPUT, address + " refused the credentials of "
                    + credentials.user() + " (401 Unauthorized)");
            case 404 -> new PublodException(ErrorCode.INPUT, address + " does not take publications (404"
                    + (message.isEmpty() ? "; is it publod serve?" : ": " + message) + ")");
            case 400, 413 -> new PublodException(ErrorCode.INPUT, report + ": " + (message.isEmpty()
                    ? "refused by " + address + " (" + response.statusCode() + ")" : message));
            default -> new PublodException(ErrorCode.STORE, address + " could not publish " + report
                    + " (" + response.statusCode() + (message.isEmpty() ? "" : ": " + message) + ")");
        };
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new PublodException(ErrorCode.STORE, "cannot connect to " + address + " (connection refused); is "
                    + "`publod serve` running there?", e);
        } catch (IOException e) {
            if (e.getCause() instanceof NoSuchFileException missing) {
                throw new PublodException(ErrorCode.INPUT, missing.getFile() + ": no such report file", e);
            }
            throw new PublodException(ErrorCode.STORE, "cannot talk to " + address + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublodException(ErrorCode.STORE, "interrupted while waiting for " + address, e);
        }
    }

    private static Optional<String> errorMessage(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isTextual() ? Optional.of(error.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
