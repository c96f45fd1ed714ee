package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publod.TestReports;

/**
 * The packaged jar as users start it, {@code java -jar target/publod.jar}, in a real process: a short job runs in
 * a second JVM with the quick compiler only, and its output and exit code come through. Each JVM states its
 * compilers' top tier ({@code -XX:+PrintFlagsFinal}, which the launcher passes on like every other option).
 */
class LauncherIT {
    private static final Path JAR = Path.of("target", "publod.jar");
    private static final Pattern TOP_TIER = Pattern.compile("TieredStopAtLevel\\s+= (\\d+)");
    private static final String GOOD_AND_BAD = "Prace konferencyjne\n"
            + "1.Nowak J., Good One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.1, 2019\n"
            + "2.Nowak J., Bad One, ICML, Some Conference, 2019-07-01/07-02, Kraków (PL), pp.9-2, 2019\n";

    @TempDir
    Path temp;

    private record Run(int exitCode, String output) {
        List<Integer> topTiers() {
            List<Integer> tiers = new ArrayList<>();
            Matcher matcher = TOP_TIER.matcher(output);
            while (matcher.find()) {
                tiers.add(Integer.parseInt(matcher.group(1)));
            }
            return tiers;
        }
    }

    private Run publod(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return publod(Path.of("").toAbsolutePath(), jvmOptions, args);
    }

    /**
     * Runs the jar, named by its path relative to {@code workingDirectory}, with {@code jvmOptions}, and the
     * system's cache in the test's own folder.
     */
    private Run publod(Path workingDirectory, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by `mvn package`, before the integration tests");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+PrintFlagsFinal"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", workingDirectory.relativize(JAR.toAbsolutePath()).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(workingDirectory.toFile());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    @Test
    void runsAShortPublicationInASecondJvmWithTheQuickCompilerOnly() throws Exception {
        Path report = TestReports.write(temp, "mixed.txt", GOOD_AND_BAD);

        Run run = publod(List.of("-Xmx512m"), "publish", "--store", temp.resolve("store").toString(),
                report.toString());

        assertEquals(ExitCodes.ENTRIES_REJECTED, run.exitCode(), run.output());
        assertTrue(run.output().contains("mixed.txt: 2 entries read, 1 published, 1 rejected"), run.output());
        assertTrue(run.output().contains("mixed.txt:3: pages:"), run.output());
        assertEquals(List.of(4, 1), run.topTiers(), "the launcher's JVM, then the job's");
    }

    @Test
    void theFirstShortJobArchivesItsClassesAndTheNextMapsThemFromAnyFolder() throws Exception {
        Path report = TestReports.write(temp, "mixed.txt", GOOD_AND_BAD);
        Path cache = temp.resolve("cache").resolve("publod");
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));

        Run first = publod(List.of(), "validate", report.toString());
        List<Path> archives;
        try (var files = Files.list(cache)) {
            archives = files.toList();
        }
        Run next = publod(elsewhere, List.of("-Xlog:class+load=info"), "validate", report.toString());

        assertEquals(ExitCodes.ENTRIES_REJECTED, first.exitCode(), first.output());
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).toString().endsWith(".jsa"), archives.toString());
        assertEquals(ExitCodes.ENTRIES_REJECTED, next.exitCode(), next.output());
        assertTrue(Pattern.compile("SharedArchiveFile\\s+= " + Pattern.quote(archives.get(0).toString()) + "\\s")
                .matcher(next.output()).find(), "the job JVM was given the archive");
        assertTrue(next.output().contains("org.publod.pipeline.Pipeline source: shared objects file (top)"),
                "publod's classes came from the archive");
    }

    @Test
    void runsInItsOwnJvmWhenToldTo() throws Exception {
        Path report = TestReports.write(temp, "mixed.txt", GOOD_AND_BAD);

        Run run = publod(List.of("-D" + Launcher.SHORT_JOB_PROPERTY + "=false"), "publish", "--store",
                temp.resolve("store").toString(), report.toString());

        assertEquals(ExitCodes.ENTRIES_REJECTED, run.exitCode(), run.output());
        assertTrue(run.output().contains("mixed.txt: 2 entries read, 1 published, 1 rejected"), run.output());
        assertEquals(List.of(4), run.topTiers());
    }
}
