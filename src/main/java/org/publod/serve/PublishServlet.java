package org.publod.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.publod.PublodException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST} {@value SparqlServer#PUBLISH_PATH}{@code ?file=NAME}: publishes the request body as the report named
 * {@code NAME} into the served store and answers the run's summary as JSON. Only with the administrator's
 * credentials (HTTP basic authentication; 401 otherwise). One publication runs at a time: a request that comes
 * while another is running waits for it, in order of arrival, for up to {@value #WAIT_MINUTES} minutes, and is then
 * answered 503. Failures are answered as {@code {"error": "..."}}: 400 for a request or report that cannot be used,
 * 413 for a report over the limit, 500 when the store cannot be written; 404 when publishing is not configured.
 */
final class PublishServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PublishServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int WAIT_MINUTES = 10;

    private final transient Optional<Publishing> configured;
    private final transient Publishing publishing;
    /** Fair: waiting publications run in the order they came. */
    private final transient ReentrantLock oneAtATime = new ReentrantLock(true);

    PublishServlet(Optional<Publishing> configured) {
        this.configured = configured;
        this.publishing = configured.orElse(null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (configured.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "this server does not take publications: its "
                    + "administrator has configured no credentials for them");
            return;
        }
        if (!publishing.administrator().matches(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"publod\", charset=\"UTF-8\"");
            error(response, HttpServletResponse.SC_UNAUTHORIZED, "publishing needs the administrator's credentials "
                    + "(HTTP basic authentication)");
            return;
        }
        Map<String, String> parameters = queryParameters(request.getQueryString());
        String file = parameters.remove("file");
        if (file == null || !isFileName(file)) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "name the report with ?file=NAME, its file name "
                    + "without folders (it names the report's graph)");
            return;
        }
        Path folder = Files.createTempDirectory("publod-publish-");
        try {
            Path report = folder.resolve(file);
            if (!receive(request, report)) {
                tooLarge(response);
                return;
            }
            publishOneAtATime(file, report, parameters, response);
        } finally {
            deleteAll(folder);
        }
    }

    private void publishOneAtATime(String file, Path report, Map<String, String> parameters,
                                   HttpServletResponse response) throws IOException {
        boolean turn;
        try {
            turn = oneAtATime.tryLock(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            response.setHeader("Retry-After", "60");
            error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "another publication has been running for "
                    + WAIT_MINUTES + " minutes; try again when it has finished");
            return;
        }
        Object summary;
        try {
            summary = publishing.publisher().publish(report, parameters);
        } catch (PublodException e) {
            boolean input = e.code() == PublodException.ErrorCode.INPUT;
            LOG.warn("{}: not published: {}", file, e.getMessage(), input ? null : e);
            error(response, input ? HttpServletResponse.SC_BAD_REQUEST
                    : HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.error("{}: publishing failed", file, e);
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "publod could not publish " + file
                    + " (" + e + ")");
            return;
        } finally {
            oneAtATime.unlock();
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), summary);
    }

    /**
     * Saves the body; false when it is larger than the limit. The rest of a body over the limit is read and dropped
     * (only the administrator gets this far), so that the client, still sending, reads the answer.
     */
    private boolean receive(HttpServletRequest request, Path report) throws IOException {
        long limit = publishing.requestBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(report)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total <= limit) {
                    out.write(buffer, 0, read);
                }
            }
        }
        return total <= limit;
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        error(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the report is larger than the "
                + publishing.requestBytes() / 1024 + " KiB this server accepts for publication");
    }

    /** A plain file name: no folder, nothing a path could climb out with. */
    private static boolean isFileName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }

    /**
     * The query string's parameters. Read from the query string only: a body sent as a form (as {@code curl --data}
     * labels it) is the report, never parsed as parameters.
     */
    private static Map<String, String> queryParameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /**
     * Answers a failure and closes the connection after it: the report in the request's body may be left unread
     * (a client without credentials, a report over the limit), and a client must not send its next request on a
     * connection the server is closing.
     */
    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("error", message));
    }

    private static void deleteAll(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", folder, e.getMessage());
        }
    }
}
