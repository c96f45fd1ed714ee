package org.publod.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.publod.Sha256;

/**
 * The JVM's class-data archive (CDS, JEP 350) of the classes a short job loads: the first short job writes it as
 * it ends, and the next ones map it instead of reading, parsing and verifying those classes again, which takes a
 * short job a fifth of its time. One archive per jar and JVM, in a cache folder; a new jar or JVM gets a new
 * archive, and the old one of the same jar is removed.
 *
 * @param folder where the archives are kept
 * @param owner names the jar and the JVM: the start of every archive name made for them
 * @param build names this build of the jar: a rebuilt jar needs a new archive
 */
record ClassDataArchive(Path folder, String owner, String build) {
    private static final String SUFFIX = ".jsa";
    /** The JVM warns on standard output when it cannot use or write an archive: the job goes on without it. */
    private static final String QUIET = "-Xlog:cds*=off";
    /** Hexadecimal digits of a hash kept in an archive's name. */
    private static final int HASH_CHARS = 16;

    /** The archive for {@code jar} run by the JVM in {@code javaHome}, kept in {@code folder}. */
    static Optional<ClassDataArchive> of(Path folder, Path jar, String javaHome, String jvmVersion) {
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            return Optional.of(new ClassDataArchive(folder,
                    hash(absolute + "\n" + javaHome + "\n" + jvmVersion),
                    hash(Files.size(absolute) + "\n" + Files.getLastModifiedTime(absolute).toMillis())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path archive() {
        return folder.resolve(owner + "-" + build + SUFFIX);
    }

    /** Where a job that writes the archive puts it, until it is complete: one file per launcher. */
    Path draft() {
        return folder.resolve(owner + "-" + build + "." + ProcessHandle.current().pid() + ".draft");
    }

    /** The JVM options of a job: use the archive, or write the draft when there is no archive yet. */
    List<String> jvmOptions() {
        if (Files.isRegularFile(archive())) {
            return List.of("-XX:SharedArchiveFile=" + archive(), QUIET);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return List.of();
        }
        return List.of("-XX:ArchiveClassesAtExit=" + draft(), QUIET);
    }

    /**
     * Once a job has ended: keeps its draft as the archive if it ended normally, and removes the archives of
     * earlier builds of the same jar; otherwise removes the draft.
     */
    void jobEnded(boolean normally) {
        Path draft = draft();
        try {
            if (!normally || !Files.isRegularFile(draft)) {
                Files.deleteIfExists(draft);
                return;
            }
            Files.move(draft, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (DirectoryStream<Path> earlier = Files.newDirectoryStream(folder, owner + "-*" + SUFFIX)) {
                for (Path other : earlier) {
                    if (!other.equals(archive())) {
                        Files.deleteIfExists(other);
                    }
                }
            }
        } catch (IOException e) {
            // An archive only makes jobs start sooner: without one they run as well.
        }
    }

    private static String hash(String text) {
        return Sha256.hex(text).substring(0, HASH_CHARS);
    }
}
