package org.publod.serve;

import java.util.List;
import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.vocab.FABIO;

/** A resource's classes as words a person reads: {@code fabio:ConferencePaper} is "conference paper". */
final class ResourceKinds {
    private ResourceKinds() {
    }

    /** The classes of a resource in one namespace, as words, the most general (FaBiO's Expression) left out. */
    static List<String> of(Description resource, String namespace) {
        return resource.links(RDF.type).stream().map(Resource::getURI)
                .filter(type -> type.startsWith(namespace) && !type.equals(FABIO.Expression.getURI()))
                .map(type -> words(type.substring(namespace.length()))).sorted().toList();
    }

    /** "ConferencePaper" as "conference paper". */
    static String words(String localName) {
        return localName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
