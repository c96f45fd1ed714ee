package org.publod.serve;

import java.util.Objects;
import org.publod.Credentials;

/**
 * Re-publication into the running server, when an administrator configures it: reports sent to
 * {@value SparqlServer#PUBLISH_PATH} by someone who gives these credentials are published in process.
 *
 * @param administrator the only credentials accepted (HTTP basic authentication)
 * @param publisher what publishes a report into the served store
 * @param requestBytes the largest report accepted; a larger one is refused with 413
 */
public record Publishing(Credentials administrator, ReportPublisher publisher, long requestBytes) {
    /** 256 MiB: a generated report of about 190,000 entries. */
    public static final long DEFAULT_REQUEST_BYTES = 256L * 1024 * 1024;

    public Publishing {
        Objects.requireNonNull(administrator, "administrator");
        Objects.requireNonNull(publisher, "publisher");
        if (requestBytes < 1) {
            throw new IllegalArgumentException("the publication request limit must be positive: " + requestBytes);
        }
    }
}
