package org.publod.pipeline;

/** publod's own version, as recorded in the provenance of every graph it makes. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
