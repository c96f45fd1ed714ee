package org.publod.serve;

import java.net.URI;
import java.util.Objects;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/**
 * The public base IRI: the {@code --base} the data was published under, which may differ from the address the
 * server listens on (behind a proxy). A request path {@code /P} stands for the IRI {@code base + P}; the document
 * about that IRI is at {@code base + "doc/" + P}. Every link publod writes is made here, from the public base.
 *
 * @param iri the base, an http(s) IRI ending in '/'
 */
record PublicBase(String iri) {
    /** The path segment that documents live under; publod mints no IRI there. */
    static final String DOCUMENTS = "doc/";

    PublicBase {
        Objects.requireNonNull(iri, "iri");
        if (!iri.matches("https?://[^\\s#?]+/") || !IriText.isPlausibleIri(iri)) {
            throw new PublodException(ErrorCode.INPUT,
                    "the public base must be an http(s) IRI ending in '/', found \"" + iri + "\"");
        }
    }

    /** The IRI a request path (as sent, percent-encoded, starting with '/') stands for. */
    String resourceFor(String requestPath) {
        return iri + IriText.fromUri(requestPath.startsWith("/") ? requestPath.substring(1) : requestPath);
    }

    /** Whether publod serves documents about this IRI (it lies under the base and not among the documents). */
    boolean owns(String resource) {
        return resource.startsWith(iri) && !resource.startsWith(iri + DOCUMENTS);
    }

    /** The document about a resource under the base, as a URI. */
    String documentOf(String resource) {
        return IriText.toUri(iri + DOCUMENTS + resource.substring(iri.length()));
    }

    /** A page of the site ("", "search", "sparql", ...), as a URI. */
    String page(String relative) {
        return IriText.toUri(iri + relative);
    }

    /** A link to any IRI, as a URI; links to resources under the base go to the resource, which answers 303. */
    static String href(String target) {
        return IriText.toUri(target);
    }

    /** The origin (scheme, host and port) of the base, for the pages' content security policy. */
    String origin() {
        URI uri = URI.create(IriText.toUri(iri));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The path of the base, for robots.txt. */
    String path() {
        return URI.create(IriText.toUri(iri)).getRawPath();
    }
}
