package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines the launcher runs as short jobs, and the JVM command line it runs them with. */
class LauncherTest {
    private static final List<String> JAVA = List.of("/opt/jdk/bin/java", "-Xmx1g", "-jar", "publod.jar");

    @TempDir
    Path temp;

    private String report;
    private String store;

    @BeforeEach
    void files() throws IOException {
        report = Files.writeString(temp.resolve("report.txt"), "Prace konferencyjne\n").toString();
        store = Files.createDirectory(temp.resolve("store")).toString();
    }

    private static Optional<List<String>> jobFor(List<String> jvm, List<String> args, Map<String, String> env) {
        List<String> line = new ArrayList<>(jvm);
        line.addAll(args);
        return Launcher.shortJobCommand(Optional.of(line), args, env);
    }

    private static Optional<List<String>> jobFor(List<String> args) {
        return jobFor(JAVA, args, Map.of());
    }

    @Test
    void runsASmallPublicationWithTheQuickCompilerOnlyAndEverythingElseAsGiven() {
        List<String> args = List.of("publish", "--store", store, report);

        assertEquals(Optional.of(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar",
                "publod.jar", "publish", "--store", store, report)), jobFor(args));
    }

    @Test
    void countsEveryFileTheCommandLineNames() throws IOException {
        String half = sizedFile("half.txt", Launcher.SHORT_JOB_BYTES / 2).toString();
        String rest = sizedFile("rest.txt", Launcher.SHORT_JOB_BYTES / 2).toString();
        String one = sizedFile("one.txt", 1).toString();

        assertTrue(Launcher.isShortJob(List.of("validate", half, rest)));
        assertFalse(Launcher.isShortJob(List.of("validate", half, rest, one)));
        assertFalse(Launcher.isShortJob(List.of("map", "-o", "out.ttl",
                sizedFile("large.txt", Launcher.SHORT_JOB_BYTES + 1).toString())));
    }

    @Test
    void leavesCommandsThatServeOrNameNoFilesOrAreNotAboutReportsInThisJvm() {
        assertFalse(Launcher.isShortJob(List.of("publish", "--serve", report)));
        assertFalse(Launcher.isShortJob(List.of("publish", "--serve=true", report)));
        assertFalse(Launcher.isShortJob(List.of("publish", "--store", store, "missing.txt")));
        assertFalse(Launcher.isShortJob(List.of("publish", "--help")));
        assertFalse(Launcher.isShortJob(List.of("serve", "--store", store)));
        assertFalse(Launcher.isShortJob(List.of("query", "--store", store, report)));
        assertFalse(Launcher.isShortJob(List.of("--version")));
        assertTrue(Launcher.isShortJob(List.of("map", report)));
    }

    @Test
    void leavesAJvmThatWasGivenAnOptionOnItsCompilersAsTheUserMadeIt() {
        List<String> args = List.of("publish", report);
        for (String option : List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint", "-Xcomp",
                "-XX:CompilationMode=high-only")) {
            assertEquals(Optional.empty(), jobFor(List.of("java", option, "-jar", "publod.jar"), args, Map.of()),
                    option);
            assertEquals(Optional.empty(), jobFor(List.of("java", "-jar", "publod.jar"), args,
                    Map.of("JDK_JAVA_OPTIONS", "-Xmx2g " + option)), option);
        }
        assertTrue(jobFor(List.of("java", "-jar", "publod.jar"), args, Map.of("JDK_JAVA_OPTIONS", "-Xmx2g"))
                .isPresent());
    }

    @Test
    void needsThisJvmsCommandLineEndingWithTheArguments() {
        List<String> args = List.of("publish", report);

        assertEquals(Optional.empty(), Launcher.shortJobCommand(Optional.empty(), args, Map.of()));
        assertEquals(Optional.empty(), Launcher.shortJobCommand(Optional.of(List.of("java", "-jar", "publod.jar",
                "publish", "other.txt")), args, Map.of()));
        assertEquals(Optional.empty(), Launcher.shortJobCommand(Optional.of(args), args, Map.of()));
    }

    @Test
    void namesTheJarByItsAbsolutePathSoThatItsArchiveMapsFromAnyFolder() {
        String absolute = Path.of("publod.jar").toAbsolutePath().toString();
        List<String> job = List.of("java", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar", "publod.jar", "map",
                "-jar");

        assertEquals(Optional.of(List.of("java", "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar", absolute, "map",
                "-jar")), Launcher.withAbsoluteClassPath(job, 5, "publod.jar"));
        assertEquals(Optional.of(List.of("java", "-cp", absolute, "org.publod.cli.Launcher", "map")),
                Launcher.withAbsoluteClassPath(List.of("java", "-cp", "./lib/../publod.jar",
                        "org.publod.cli.Launcher", "map"), 4, "./lib/../publod.jar"));
        assertEquals(Optional.empty(), Launcher.withAbsoluteClassPath(List.of("java", "org.publod.cli.Launcher",
                "map"), 2, "publod.jar"), "a class path from the CLASSPATH variable");
    }

    private Path sizedFile(String name, long bytes) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }
}
