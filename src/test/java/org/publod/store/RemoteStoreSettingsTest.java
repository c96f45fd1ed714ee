package org.publod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.publod.PublodException;

class RemoteStoreSettingsTest {

    @Test
    void eachProfileFindsItsEndpointsFromOneUrl() {
        assertEquals(new RemoteEndpoints("http://h:3030/ds/sparql", "http://h:3030/ds/update", false),
                StoreProfile.FUSEKI.endpoints("http://h:3030/ds/"));
        assertEquals(new RemoteEndpoints("http://h:8890/sparql", "http://h:8890/sparql-auth", true),
                StoreProfile.VIRTUOSO.endpoints("http://h:8890/"));
        assertEquals(new RemoteEndpoints("http://h:7200/repositories/r", "http://h:7200/repositories/r/statements",
                true), StoreProfile.GRAPHDB.endpoints("http://h:7200/repositories/r"));
        assertEquals(new RemoteEndpoints("https://h:8182/sparql", "https://h:8182/sparql", true),
                StoreProfile.GENERIC.endpoints("https://h:8182/sparql"));
        assertEquals(StoreProfile.VIRTUOSO, StoreProfile.named(" Virtuoso "));
    }

    @Test
    void aUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
        PublodException refused = assertThrows(PublodException.class, () -> RemoteStoreSettings.of(
                StoreProfile.FUSEKI, "http://admin:pw-in-url@h:3030/ds", Optional.empty()));
        assertEquals(PublodException.ErrorCode.INPUT, refused.code());
        assertFalse(refused.getMessage().contains("pw-in-url"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PUBLOD_STORE_USER"), refused.getMessage());
    }

    @Test
    void onlyHttpUrlsAreStores() {
        assertThrows(PublodException.class, () -> RemoteStoreSettings.of(StoreProfile.FUSEKI, "ftp://h/ds",
                Optional.empty()));
        assertThrows(PublodException.class, () -> RemoteStoreSettings.of(StoreProfile.GENERIC, "not a url",
                Optional.empty()));
        PublodException unknown = assertThrows(PublodException.class, () -> StoreProfile.named("neptune"));
        assertTrue(unknown.getMessage().contains("fuseki, virtuoso, graphdb or generic"), unknown.getMessage());
    }

    @Test
    void virtuosoGetsSmallerBatchesAndCountsDistinctTriples() {
        RemoteStoreSettings virtuoso = RemoteStoreSettings.of(StoreProfile.VIRTUOSO, "http://h:8890/",
                Optional.empty());
        assertEquals(1_000, virtuoso.batchTriples());
        assertFalse(RemoteSparqlStore.with(virtuoso).mergesGraphs());
        assertTrue(RemoteSparqlStore.at("http://h:3030/ds").mergesGraphs());
    }
}
