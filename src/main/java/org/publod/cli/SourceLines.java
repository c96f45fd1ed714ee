package org.publod.cli;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.publod.vocab.PRO;
import org.publod.vocab.PROV;

/** Finds the report line a resource came from: its own, or that of the publication it belongs to. */
final class SourceLines {
    private SourceLines() {
    }

    static Optional<String> of(Graph graph, String iri) {
        Node node = NodeFactory.createURI(iri);
        Optional<String> own = derivedFrom(graph, node);
        if (own.isPresent()) {
            return own;
        }
        return graph.find(node, PRO.relatesToDocument.asNode(), Node.ANY).nextOptional()
                .flatMap(triple -> derivedFrom(graph, triple.getObject()));
    }

    private static Optional<String> derivedFrom(Graph graph, Node node) {
        return graph.find(node, PROV.wasDerivedFrom.asNode(), Node.ANY).nextOptional()
                .map(Triple::getObject).filter(Node::isURI).map(Node::getURI);
    }
}
