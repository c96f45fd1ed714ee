package org.publod.map;

import java.util.List;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.publod.vocab.DCTERMS;

/**
 * Creates the node of a minted IRI and, where publod published another IRI for the same key before, states
 * {@code <earlier> dcterms:isReplacedBy <current>}: the earlier IRI keeps leading to the resource, in the data
 * and over HTTP (the server answers it with 301 Moved Permanently). An earlier IRI that two resources now
 * replace (two publications that once shared a year and title) is stated replaced by both, and the server
 * answers it with its own document listing them.
 */
final class MintedNodes {
    private final IriMinter iris;
    private final List<IriMinter> earlier;

    MintedNodes(IriMinter iris) {
        this.iris = iris;
        this.earlier = iris.earlier();
    }

    IriMinter iris() {
        return iris;
    }

    /** The node {@code mint} names with the current minter; {@code mint} must use only the minter it is given. */
    Resource node(Model model, Function<IriMinter, String> mint) {
        String iri = mint.apply(iris);
        Resource node = model.createResource(iri);
        for (IriMinter minter : earlier) {
            String before = mint.apply(minter);
            if (!before.equals(iri)) {
                model.createResource(before).addProperty(DCTERMS.isReplacedBy, node);
            }
        }
        return node;
    }
}
