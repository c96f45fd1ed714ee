package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing a format by the Accept header (RFC 9110 section 12.5.1). */
class AcceptHeaderTest {
    private static Optional<MediaFormat> choose(String header) {
        return AcceptHeader.parse(header).choose(MediaFormat.ALL);
    }

    @Test
    void aBrowserGetsHtml() {
        assertEquals(Optional.of(MediaFormat.HTML), choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
    }

    @Test
    void noHeaderOrAnyTypeGetsTheServersFirstChoice() {
        assertEquals(Optional.of(MediaFormat.HTML), choose(null));
        assertEquals(Optional.of(MediaFormat.HTML), choose("*/*"));
    }

    @Test
    void theHighestQualityWinsAndTheMostSpecificRangeSetsIt() {
        assertEquals(Optional.of(MediaFormat.JSON_LD), choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.of(MediaFormat.TURTLE), choose("text/*;q=0.9, text/html;q=0.1"));
        assertEquals(Optional.of(MediaFormat.N_TRIPLES), choose("application/n-triples, */*;q=0.1"));
        assertEquals(Optional.of(MediaFormat.RDF_XML), choose("application/xml"));
    }

    @Test
    void qualityZeroRefusesAndNothingLeftIsNoChoice() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("*/*;q=0"));
        assertEquals(Optional.of(MediaFormat.TURTLE), choose("text/html;q=0, text/*"));
        assertEquals(Optional.empty(), choose("text/html;q=oops"));
    }
}
