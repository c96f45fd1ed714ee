package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publod.TestReports;

/**
 * The full-profile JSON-LD context ({@code ontology/context.jsonld}) names every property the mapper writes: the
 * golden reports, mapped and compacted as {@code publod map --format jsonld} writes them, have only the context's
 * terms and JSON-LD keywords as keys, never an IRI or a prefixed name.
 */
class ProfileContextTest {
    private static final Path GOLDEN = TestReports.GOLDEN;

    static Stream<String> cases() throws IOException {
        return TestReports.goldenCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyKeyIsATermOfTheContext(String name) {
        TestReports.MappedReport mapped = TestReports.map(GOLDEN.resolve(name).resolve("input.txt"));
        JsonObject document = Json.createReader(new StringReader(JsonLdCompactor.bundled().write(mapped.graph())))
                .readObject();
        Set<String> terms = document.getJsonObject("@context").keySet();

        Set<String> keys = new TreeSet<>();
        collectKeys(document.get("@graph"), keys);
        assertFalse(keys.isEmpty(), name + " gives no node at all");
        keys.removeIf(key -> key.startsWith("@") || terms.contains(key));
        assertEquals(Set.of(), keys, name + ": keys that are not terms of ontology/context.jsonld");
    }

    private static void collectKeys(JsonValue value, Set<String> keys) {
        if (value == null) {
            return;
        }
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, inner) -> {
                keys.add(key);
                collectKeys(inner, keys);
            });
            case ARRAY -> value.asJsonArray().forEach(inner -> collectKeys(inner, keys));
            default -> {
            }
        }
    }
}
