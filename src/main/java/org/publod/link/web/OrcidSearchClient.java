package org.publod.link.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.publod.link.OrcidSearch;
import org.publod.model.Orcid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ORCID public API v3.0 expanded search, JSON: {@code expanded-result} (absent or null when nothing matched)
 * with {@code orcid-id}, {@code given-names}, {@code family-names}. Every iD is checksum-verified; one that
 * fails is left out with a warning.
 */
public final class OrcidSearchClient implements OrcidSearch {
    private static final Logger LOG = LoggerFactory.getLogger(OrcidSearchClient.class);
    private static final int ROWS = 10;

    private final PoliteHttpClient http;
    private final String endpoint;
    private final ObjectMapper json = new ObjectMapper();

    /** @param endpoint the API address, {@code https://pub.orcid.org/v3.0/expanded-search/} in production */
    public OrcidSearchClient(PoliteHttpClient http, String endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    @Override
    public List<Hit> search(String familyName, String givenNames) {
        // Boolean operators must be upper case (ORCID search tutorial); quotes keep multi-word names together.
        String query = "family-name:\"" + familyName.replace("\"", "") + "\" AND given-names:\""
                + givenNames.replace("\"", "") + "\"";
        URI uri = URI.create(endpoint + "?rows=" + ROWS + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        Optional<String> body = http.get(uri);
        if (body.isEmpty()) {
            return List.of();
        }
        try {
            return hits(json.readTree(body.get()));
        } catch (IOException e) {
            LOG.warn("ORCID search answered something that is not JSON: {}", e.getMessage());
            return List.of();
        }
    }

    static List<Hit> hits(JsonNode root) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode result : DblpSearchClient.each(root.path("expanded-result"))) {
            String id = result.path("orcid-id").asText("");
            Optional<String> problem = Orcid.problem(id);
            if (problem.isPresent()) {
                LOG.warn("ORCID search gave the iD \"{}\": {}; left out", id, problem.get());
                continue;
            }
            hits.add(new Hit(Orcid.of(id), result.path("given-names").asText(""),
                    result.path("family-names").asText("")));
        }
        return hits;
    }
}
