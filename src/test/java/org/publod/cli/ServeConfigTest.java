package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.PublodException;
import org.publod.TestReports;
import picocli.CommandLine;

/** {@code serve --config FILE}: the file's syntax, and the command line winning over the file over the defaults. */
class ServeConfigTest {
    @TempDir
    Path temp;

    @Test
    void readsKeyValueLinesSkippingCommentsAndBlankLines() {
        Path file = TestReports.write(temp, "publod.conf", """
                # where it listens
                host = 0.0.0.0

                port=8080
                  Admin-Credentials =  /etc/publod/admin.txt \s
                """);
        assertEquals(List.of(new ServeConfig.Setting("host", "0.0.0.0", 2), new ServeConfig.Setting("port", "8080", 4),
                new ServeConfig.Setting("admin-credentials", "/etc/publod/admin.txt", 5)),
                ServeConfig.read(file).settings());
    }

    @Test
    void theCommandLineWinsOverTheFileAndTheFileOverTheDefaults() {
        Path file = TestReports.write(temp, "publod.conf", """
                store = data
                base = https://data.example.org/
                port = 8080
                query-timeout = 5
                publish-limit = 512
                admin-credentials = secrets/admin.txt
                dump = true
                """);
        ServeCommand serve = parse("serve", "--config", file.toString(), "--port", "9090", "--publish-limit", "16");
        assertEquals(9090, serve.server.port, "the command line wins");
        assertEquals(16, serve.server.publishLimitMib, "the command line wins");
        assertEquals(5, serve.server.queryTimeoutSeconds);
        assertEquals("https://data.example.org/", serve.base);
        assertTrue(serve.server.dump);
        assertEquals(temp.resolve("data").toAbsolutePath(), serve.store.directory, "read from the file's folder");
        assertEquals(temp.resolve("secrets/admin.txt").toAbsolutePath(), serve.server.adminCredentials);
        assertEquals("127.0.0.1", serve.server.host, "the default where neither sets it");
        assertEquals(64, serve.server.requestLimitKib, "the default where neither sets it");
    }

    @Test
    void anUnknownKeyARepeatedKeyOrABadValueIsRefusedWithItsLine() {
        assertRefused("port = 8080\nprot = 8081\n", "publod.conf:2: prot: not a setting of serve");
        assertRefused("port = 8080\nport = 8081\n", "publod.conf:2: port is set twice");
        assertRefused("# comment\nport = eighty\n", "publod.conf:2: port: not a valid value (found \"eighty\")");
        assertRefused("dump = yes\n", "publod.conf:1: dump: not a valid value");
        assertRefused("config = other.conf\n", "publod.conf:1: config: not a setting of serve");
        assertRefused("port 8080\n", "publod.conf:1: write key = value");
    }

    private void assertRefused(String text, String message) {
        Path file = TestReports.write(temp, "publod.conf", text);
        PublodException refused = assertThrows(PublodException.class,
                () -> parse("serve", "--config", file.toString()));
        assertEquals(PublodException.ErrorCode.INPUT, refused.code());
        assertTrue(refused.getMessage().startsWith(file + ":"), refused.getMessage());
        assertTrue(refused.getMessage().contains(message.substring("publod.conf".length())), refused.getMessage());
    }

    /** Parses the command line as {@code main} does, then applies the configuration file as {@code serve} does. */
    private static ServeCommand parse(String... args) {
        CommandLine commandLine = PublodCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        commandLine.parseArgs(args);
        CommandLine serveLine = commandLine.getSubcommands().get("serve");
        ServeCommand serve = serveLine.getCommand();
        ServeConfig.read(serve.config).applyTo(serve.spec);
        return serve;
    }
}
