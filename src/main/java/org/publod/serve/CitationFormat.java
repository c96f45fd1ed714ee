package org.publod.serve;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The citation formats: BibTeX, RIS and CSL-JSON, by the name {@code --format} and {@code ?format=} take. */
public enum CitationFormat {
    BIBTEX(MediaFormat.BIBTEX),
    RIS(MediaFormat.RIS),
    CSL(MediaFormat.CSL_JSON);

    private final MediaFormat mediaFormat;

    CitationFormat(MediaFormat mediaFormat) {
        this.mediaFormat = mediaFormat;
    }

    /** The name {@code --format} and {@code ?format=} use. */
    public String formatName() {
        return mediaFormat.formatName();
    }

    public String mediaType() {
        return mediaFormat.mediaType();
    }

    /** The format a name stands for, if any (case-insensitive). */
    public static Optional<CitationFormat> named(String name) {
        return MediaFormat.named(name).flatMap(CitationFormat::of);
    }

    MediaFormat mediaFormat() {
        return mediaFormat;
    }

    static Optional<CitationFormat> of(MediaFormat format) {
        return Arrays.stream(values()).filter(each -> each.mediaFormat == format).findFirst();
    }

    /** A writer of a bibliography in this format onto {@code out}. */
    CitationWriter writer(Writer out) throws IOException {
        return switch (this) {
            case BIBTEX -> new BibTexWriter(out);
            case RIS -> new RisWriter(out);
            case CSL -> new CslJsonWriter(out);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
