package org.publod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive a job maps or writes, and what is kept once it has ended. */
class ClassDataArchiveTest {
    @TempDir
    Path temp;

    private ClassDataArchive archiveOf(Path jar) {
        return ClassDataArchive.of(temp.resolve("cache"), jar, "/opt/jdk", "17.0.15+6").orElseThrow();
    }

    private Path jar(String content, long modified) throws IOException {
        Path jar = Files.writeString(temp.resolve("publod.jar"), content);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(modified));
        return jar;
    }

    /** A job given {@code archive}'s options wrote {@code classes} into the draft, then ended. */
    private static void jobWrote(ClassDataArchive archive, String classes, boolean normally) throws IOException {
        archive.jvmOptions();
        Files.writeString(archive.draft(), classes);
        archive.jobEnded(normally);
    }

    @Test
    void theFirstJobWritesADraftThatBecomesTheArchiveTheNextJobsMap() throws IOException {
        ClassDataArchive archive = archiveOf(jar("classes", 1_000));

        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + archive.draft(), "-Xlog:cds*=off"), archive.jvmOptions());
        Files.writeString(archive.draft(), "archived classes");
        archive.jobEnded(true);

        assertFalse(Files.exists(archive.draft()));
        assertEquals("archived classes", Files.readString(archive.archive()));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.archive(), "-Xlog:cds*=off"), archive.jvmOptions());
    }

    @Test
    void aJobThatDidNotEndNormallyLeavesNoArchive() throws IOException {
        ClassDataArchive archive = archiveOf(jar("classes", 1_000));

        jobWrote(archive, "half written", false);

        assertFalse(Files.exists(archive.draft()));
        assertFalse(Files.exists(archive.archive()));
    }

    @Test
    void aRebuiltJarGetsItsOwnArchiveAndTheOldOneGoes() throws IOException {
        ClassDataArchive first = archiveOf(jar("classes", 1_000));
        jobWrote(first, "first build", true);
        ClassDataArchive other = ClassDataArchive.of(temp.resolve("cache"), jar("classes", 1_000), "/opt/jdk-21",
                "21.0.5+11").orElseThrow();
        jobWrote(other, "first build, another JVM", true);

        ClassDataArchive rebuilt = archiveOf(jar("classes, rebuilt", 2_000));
        assertNotEquals(first.archive(), rebuilt.archive());
        assertTrue(rebuilt.jvmOptions().get(0).startsWith("-XX:ArchiveClassesAtExit="));
        jobWrote(rebuilt, "second build", true);

        assertFalse(Files.exists(first.archive()), "the same jar and JVM's earlier archive");
        assertTrue(Files.exists(other.archive()), "another JVM's archive");
        assertEquals("second build", Files.readString(rebuilt.archive()));
    }

    @Test
    void thereIsNoArchiveForAJarThatIsNotThere() {
        assertTrue(ClassDataArchive.of(temp, temp.resolve("missing.jar"), "/opt/jdk", "17").isEmpty());
    }
}
