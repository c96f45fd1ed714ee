package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Builds the constants of the vocabulary classes. */
final class Terms {
    private Terms() {
    }

    static Resource resource(String namespace, String localName) {
        return ResourceFactory.createResource(namespace + localName);
    }

    static Property property(String namespace, String localName) {
        return ResourceFactory.createProperty(namespace, localName);
    }
}
