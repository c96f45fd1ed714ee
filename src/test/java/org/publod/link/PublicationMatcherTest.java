package org.publod.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matcher's named parts: its weights, the year window and how a preprint record is recognised. */
class PublicationMatcherTest {
    private static DblpRecord record(String venue, String doi) {
        return new DblpRecord("journals/corr/abs-2402-01234", "Sparse probes for acoustic emission.", 2024, venue,
                Optional.ofNullable(doi), List.of());
    }

    @Test
    void weightsMustSumToOne() {
        PublicationMatcher.Weights weights = PublicationMatcher.WEIGHTS;
        assertEquals(1.0, weights.title() + weights.year() + weights.authorCount() + weights.surnamesInOrder()
                + weights.surnamesAnyOrder(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new PublicationMatcher.Weights(0.6, 0.15, 0.1, 0.1, 0.1));
    }

    @Test
    void recognisesAPreprintByVenueOrArxivDoiButNotByKey() {
        assertTrue(PublicationMatcher.isPreprint(record("CoRR", null)));
        assertTrue(PublicationMatcher.isPreprint(record("", "10.48550/arxiv.2402.01234")));
        assertFalse(PublicationMatcher.isPreprint(record("IUS", "10.1109/ius51837.2024.10793111")));
    }
}
