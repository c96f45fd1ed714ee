package org.publod.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.publod.vocab.DATACITE;
import org.publod.vocab.LITERAL;
import org.publod.vocab.Resolvers;
import org.publod.vocab.SCHEMA;

/**
 * A resource's identifiers as links: {@code schema:sameAs} links, and DataCite identifiers whose scheme has a
 * resolver (DOI, ORCID, dblp, ROR). Only http(s) links are shown, so no data can put a script URL in a page.
 */
final class Identifiers {
    private static final Map<Resource, String> RESOLVERS = Map.of(DATACITE.doi, Resolvers.DOI,
            DATACITE.orcid, Resolvers.ORCID, DATACITE.dblp, Resolvers.DBLP, DATACITE.ror, Resolvers.ROR);

    private Identifiers() {
    }

    /** The identifier links that start with one resolver's prefix, labelled with what follows it. */
    static List<Link> links(Description resource, String resolver) {
        return all(resource).stream().filter(link -> link.href().startsWith(PublicBase.href(resolver)))
                .map(link -> new Link(link.href(), link.href().substring(PublicBase.href(resolver).length())))
                .toList();
    }

    /** Every identifier link, each once. */
    static List<Link> all(Description resource) {
        Set<String> hrefs = new LinkedHashSet<>();
        resource.links(SCHEMA.sameAs).forEach(same -> hrefs.add(same.getURI()));
        for (Resource identifier : resource.links(DATACITE.hasIdentifier)) {
            Description about = resource.about(identifier);
            String value = about.textOrEmpty(LITERAL.hasLiteralValue);
            about.links(DATACITE.usesIdentifierScheme).stream().map(RESOLVERS::get)
                    .filter(resolver -> resolver != null && !value.isEmpty())
                    .forEach(resolver -> hrefs.add(value.startsWith(resolver) ? value : resolver + value));
        }
        List<Link> links = new ArrayList<>();
        hrefs.stream().filter(href -> href.startsWith("https://") || href.startsWith("http://"))
                .forEach(href -> links.add(new Link(PublicBase.href(href), href)));
        return links;
    }
}
