package org.publod.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Which version of the data the store holds, as the store itself says: each report graph's
 * {@code prov:generatedAtTime} and each VoID description's size and modification time. A republication or a
 * new description changes it, so documents' validators change with what they are made from.
 *
 * @param tag a digest of all of it
 * @param lastModified when the newest report graph or description was made, if the store says
 */
record StoreVersion(String tag, Optional<Instant> lastModified) {
    private static final String QUERY = """
            SELECT ?graph ?time ?triples {
              { GRAPH ?graph { ?graph prov:generatedAtTime ?time } }
              UNION
              { GRAPH ?graph { ?dataset a void:Dataset ; void:triples ?triples
                  OPTIONAL { ?dataset dcterms:modified ?time } } }
            } ORDER BY ?graph ?time ?triples
            """;

    static StoreVersion of(StoreReader store) {
        List<QuerySolution> rows = store.select(QUERY);
        MessageDigest digest = sha256();
        Instant newest = null;
        for (QuerySolution row : rows) {
            for (String column : List.of("graph", "time", "triples")) {
                RDFNode value = row.get(column);
                digest.update((value == null ? "-" : value.toString()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            Optional<Instant> time = instant(row.get("time"));
            if (time.isPresent() && (newest == null || time.get().isAfter(newest))) {
                newest = time.get();
            }
        }
        return new StoreVersion(HexFormat.of().formatHex(digest.digest(), 0, 12), Optional.ofNullable(newest));
    }

    /** This version, told apart from the same data served differently (a description that lists a dump). */
    StoreVersion variant(String name) {
        return new StoreVersion(tag + "-" + name, lastModified);
    }

    /** The entity tag of one representation: the version and the format, quoted as HTTP wants it. */
    String entityTag(MediaFormat format) {
        return "\"" + tag + "-" + format.formatName() + "\"";
    }

    private static Optional<Instant> instant(RDFNode time) {
        if (time == null || !time.isLiteral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(time.asLiteral().getLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // a date without a time says too little to answer If-Modified-Since with
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
