package org.publod;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder of official vocabulary files and the real example report. It is there for developers and
 * CI (which requires these tests); on any other machine the tests that need it skip, saying why.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The shared folder, or a skipped test with a visible reason. */
    public static Path require() {
        Path shared = Path.of(System.getProperty("publod.shared", "../shared")).toAbsolutePath().normalize();
        boolean present = Files.isDirectory(shared.resolve("vocab")) && Files.isDirectory(shared.resolve("data"));
        if (!present && Boolean.getBoolean("publod.requireShared")) {
            throw new IllegalStateException("publod.requireShared is set but there is no shared folder at " + shared);
        }
        if (!present) {
            System.err.println("SKIPPED: no shared vocabulary and data folder at " + shared
                    + " (set -Dpublod.shared=DIR); tests that need it are skipped.");
        }
        assumeTrue(present, "shared vocabulary and data folder not present at " + shared);
        return shared;
    }

    /** The real IPPT PAN export. */
    public static Path realExport() {
        return require().resolve("data/ippt-partner-cygan.txt");
    }
}
