package org.publod.serve;

import java.io.IOException;

/** Writes a bibliography in one format, one citation at a time, so that a list of any length streams. */
interface CitationWriter {
    /** Writes one citation under its key. */
    void write(Citation citation, String key) throws IOException;

    /** Ends the bibliography (and flushes it); the writer underneath stays open. */
    void finish() throws IOException;
}
