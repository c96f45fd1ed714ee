package org.publod.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;

/** The formats a document is served in, by media type and by the name {@code ?format=} takes. */
enum MediaFormat {
    HTML("text/html", null, List.of("html", "htm"), List.of("application/xhtml+xml")),
    TURTLE("text/turtle", Lang.TURTLE, List.of("ttl", "turtle"), List.of("application/x-turtle")),
    JSON_LD("application/ld+json", Lang.JSONLD, List.of("jsonld", "json-ld", "json"), List.of("application/json")),
    RDF_XML("application/rdf+xml", Lang.RDFXML, List.of("rdf", "rdfxml", "xml"),
            List.of("application/xml", "text/xml")),
    N_TRIPLES("application/n-triples", Lang.NTRIPLES, List.of("nt", "ntriples", "n-triples"), List.of()),
    TRIG("application/trig", Lang.TRIG, List.of("trig"), List.of("application/x-trig")),
    BIBTEX("application/x-bibtex", null, List.of("bibtex", "bib"), List.of("text/x-bibtex")),
    RIS("application/x-research-info-systems", null, List.of("ris"), List.of()),
    CSL_JSON("application/vnd.citationstyles.csl+json", null, List.of("csl", "csl-json", "csljson"), List.of());

    /** Every format of every document, in the order the server prefers them when a client accepts several equally. */
    static final List<MediaFormat> ALL = List.of(HTML, TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG);
    /** The citation formats, which publications and their authors are offered in besides {@link #ALL}. */
    static final List<MediaFormat> CITATIONS = List.of(BIBTEX, RIS, CSL_JSON);
    /** What a publication's or an author's document is offered in. */
    static final List<MediaFormat> CITABLE = Stream.concat(ALL.stream(), CITATIONS.stream()).toList();
    /** The RDF formats only. */
    static final List<MediaFormat> RDF = List.of(TURTLE, JSON_LD, RDF_XML, N_TRIPLES, TRIG);

    private final String mediaType;
    private final Lang lang;
    private final List<String> names;
    private final List<String> otherMediaTypes;

    MediaFormat(String mediaType, Lang lang, List<String> names, List<String> otherMediaTypes) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = names;
        this.otherMediaTypes = otherMediaTypes;
    }

    String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value: text formats say UTF-8, the others are UTF-8 by definition. */
    String contentType() {
        return mediaType.startsWith("text/") || this == BIBTEX || this == RIS ? mediaType + "; charset=utf-8"
                : mediaType;
    }

    /** Every media type that selects this format, its own first. */
    List<String> mediaTypes() {
        return Stream.concat(Stream.of(mediaType), otherMediaTypes.stream()).toList();
    }

    /** Jena's language for an RDF format; none for HTML and the citation formats. */
    Optional<Lang> lang() {
        return Optional.ofNullable(lang);
    }

    /** The name {@code ?format=} uses for this format. */
    String formatName() {
        return names.get(0);
    }

    /** The format a {@code ?format=} value names, if any (case-insensitive). */
    static Optional<MediaFormat> named(String name) {
        return Stream.of(values()).filter(format -> format.names.contains(name.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
