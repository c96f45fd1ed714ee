package org.publod.pipeline;

import java.nio.charset.Charset;
import java.util.Objects;
import org.publod.model.Institute;

/**
 * What a run is configured with.
 *
 * @param base the base IRI every minted IRI starts with
 * @param institute the publishing institute
 * @param encoding the reports' character encoding
 */
public record PublishSettings(String base, Institute institute, Charset encoding) {
    public PublishSettings {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(institute, "institute");
        Objects.requireNonNull(encoding, "encoding");
    }
}
