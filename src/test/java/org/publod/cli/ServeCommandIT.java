package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;

/**
 * {@code publod serve --config FILE} as an operator starts it, {@code java -jar target/publod.jar} in its own
 * process, and the commands that reach it over HTTP: {@code publish --server} and {@code query --server}.
 */
class ServeCommandIT {
    private static final Path JAR = Path.of("target", "publod.jar");
    private static final String BASE = "https://data.example.org/";

    @TempDir
    Path temp;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesWithTheFilesSettingsAndTakesPublicationsAndQueriesOverHttp() throws Exception {
        int port = freePort();
        Files.createDirectories(temp.resolve("secrets"));
        Path admin = TestReports.write(temp.resolve("secrets"), "admin.txt", "# the administrator\nops:open sesame\n");
        Path config = TestReports.write(temp, "publod.conf", """
                # publod serve --config publod.conf
                store = store
                base = %s
                host = 127.0.0.1
                port = %d
                admin-credentials = secrets/admin.txt
                query-timeout = 7
                result-limit = 500
                """.formatted(BASE, port));
        List<String> started = start(config);
        String address = "http://127.0.0.1:" + port + "/";
        assertTrue(started.stream().anyMatch(line -> line.startsWith("Linked Data: " + address)
                && line.contains("(IRIs under " + BASE + ")")), String.join("\n", started));
        assertTrue(started.stream().anyMatch(line -> line.contains("queries stop after 7 s and 500 rows")),
                String.join("\n", started));
        assertTrue(started.stream().anyMatch(line -> line.startsWith("Publishing: POST " + address)
                && line.contains("as ops")), String.join("\n", started));

        CapturedCommandLine publish = new CapturedCommandLine();
        assertEquals(ExitCodes.OK, publish.execute("publish", "--server", address, "--credentials", admin.toString(),
                TestReports.example().toString()), publish.err().toString());
        assertTrue(publish.out().toString().contains("ippt-example.txt: 3 entries read, 3 published, 0 rejected"),
                publish.out().toString());
        assertTrue(publish.out().toString().contains("<" + BASE + "graph/ippt-example.txt>"), "the server's base");
        assertTrue(publish.out().toString().contains("into the server at " + address), publish.out().toString());

        Path rejected = TestReports.write(temp, "pages.txt", "Prace konferencyjne\n1.Nowak J., A Study of Pages, "
                + "ICML, The Forty-First International Conference on Machine Learning, 2024-07-21/07-27, Wiedeń (AT), "
                + "pp.9-2, 2024\n");
        CapturedCommandLine partly = new CapturedCommandLine();
        assertEquals(ExitCodes.ENTRIES_REJECTED, partly.execute("publish", "--server", address, "--credentials",
                admin.toString(), rejected.toString()));
        assertTrue(partly.out().toString().contains("rejected pages.txt:2:\n  pages.txt:2: pages:"),
                partly.out().toString());

        CapturedCommandLine query = new CapturedCommandLine();
        assertEquals(ExitCodes.OK, query.execute("query", "--server", address, "--format", "csv",
                "@queries/publications-per-year.rq"), query.err().toString());
        assertEquals("year,publications\r\n2024,3\r\n", query.out().toString());
        CapturedCommandLine endpoint = new CapturedCommandLine();
        assertEquals(ExitCodes.OK, endpoint.execute("query", "--endpoint", address + "publod/sparql", "--format",
                "csv", "@queries/publications-per-year.rq"), endpoint.err().toString());
        assertEquals(query.out().toString(), endpoint.out().toString());

        CapturedCommandLine wrong = new CapturedCommandLine();
        Path wrongCredentials = TestReports.write(temp, "wrong.txt", "ops:closed sesame\n");
        assertEquals(ExitCodes.INPUT, wrong.execute("publish", "--server", address, "--credentials",
                wrongCredentials.toString(), TestReports.example().toString()));
        assertEquals("publod: " + address + " refused the credentials of ops (401 Unauthorized)",
                wrong.err().toString().strip());

        CapturedCommandLine held = new CapturedCommandLine();
        assertEquals(ExitCodes.STORE, held.execute("publish", "--store", temp.resolve("store").toString(),
                TestReports.example().toString()));
        assertTrue(held.err().toString().contains("held by another process, such as a running `publod serve`"),
                held.err().toString());
        assertTrue(held.err().toString().contains("publish into it with `publod publish --server http://HOST:PORT/"),
                held.err().toString());

        server.destroy();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        CapturedCommandLine refused = new CapturedCommandLine();
        assertEquals(ExitCodes.STORE, refused.execute("publish", "--server", address, "--credentials",
                admin.toString(), TestReports.example().toString()));
        assertEquals("publod: cannot connect to " + address + " (connection refused); is `publod serve` running "
                + "there?", refused.err().toString().strip());
    }

    /** Starts {@code serve --config} and returns its output up to the line on publishing. */
    private List<String> start(Path config) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "serve", "--config", config.toString());
        server = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException e) {
                lines.add("(output ended: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
        List<String> seen = new ArrayList<>();
        while (seen.stream().noneMatch(line -> line.startsWith("Publishing"))) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertTrue(line != null, "serve did not start: " + String.join("\n", seen));
            seen.add(line);
        }
        return seen;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
