package org.publod.link.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.publod.link.DblpRecord;
import org.publod.link.DblpSignature;
import org.publod.link.RecordSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dblp publication search API ({@code /search/publ/api?q=..&format=json}), read with its quirks: every
 * number is a string, {@code hits.hit} is absent when nothing matched, {@code authors.author} is an object for a
 * single author and an array otherwise, titles keep HTML entities, DOIs compare case-insensitively.
 */
public final class DblpSearchClient implements RecordSearch {
    private static final Logger LOG = LoggerFactory.getLogger(DblpSearchClient.class);
    private static final int HITS = 10;

    private final PoliteHttpClient http;
    private final String endpoint;
    private final ObjectMapper json = new ObjectMapper();

    /** @param endpoint the API address, {@code https://dblp.org/search/publ/api} in production */
    public DblpSearchClient(PoliteHttpClient http, String endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    @Override
    public List<DblpRecord> search(String title) {
        URI uri = URI.create(endpoint + "?format=json&h=" + HITS + "&q="
                + URLEncoder.encode(title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip(), StandardCharsets.UTF_8));
        Optional<String> body = http.get(uri);
        if (body.isEmpty()) {
            return List.of();
        }
        try {
            return records(json.readTree(body.get()));
        } catch (IOException e) {
            LOG.warn("dblp search answered something that is not JSON for \"{}\": {}", title, e.getMessage());
            return List.of();
        }
    }

    static List<DblpRecord> records(JsonNode root) {
        List<DblpRecord> records = new ArrayList<>();
        for (JsonNode hit : each(root.path("result").path("hits").path("hit"))) {
            JsonNode info = hit.path("info");
            if (!info.hasNonNull("key") || !info.hasNonNull("title")) {
                continue;
            }
            List<DblpSignature> authors = new ArrayList<>();
            for (JsonNode author : each(info.path("authors").path("author"))) {
                String name = author.isTextual() ? author.asText() : author.path("text").asText();
                String pid = author.path("@pid").asText("");
                authors.add(new DblpSignature(authors.size() + 1, name,
                        pid.isEmpty() ? Optional.empty() : Optional.of(pid), Optional.empty()));
            }
            String doi = info.path("doi").asText("").toLowerCase(Locale.ROOT);
            records.add(new DblpRecord(info.get("key").asText(), info.get("title").asText(),
                    parseYear(info.path("year").asText("")), info.path("venue").isArray()
                            ? info.path("venue").path(0).asText("") : info.path("venue").asText(""),
                    doi.isEmpty() ? Optional.empty() : Optional.of(doi), authors));
        }
        return records;
    }

    /** A JSON value that may be one object or an array of them, as an array. */
    static Iterable<JsonNode> each(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        return node.isArray() ? node : List.of(node);
    }

    private static int parseYear(String text) {
        return text.matches("\\d{4}") ? Integer.parseInt(text) : 0;
    }
}
