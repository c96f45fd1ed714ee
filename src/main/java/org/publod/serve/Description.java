package org.publod.serve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.SCHEMA;

/**
 * One resource within a description graph, with the reads the pages need. Values come back sorted, so that a
 * page shows the same statements in the same order every time.
 *
 * @param model the description graph
 * @param subject the resource read
 */
record Description(Model model, Resource subject) {
    static Description of(Model model, String iri) {
        return new Description(model, model.createResource(iri));
    }

    String iri() {
        return subject.getURI();
    }

    /** The same graph, read about another resource. */
    Description about(Resource other) {
        return new Description(model, model.createResource(other.getURI()));
    }

    boolean hasType(Resource type) {
        return model.contains(subject, RDF.type, type);
    }

    /** The lexical forms of the literal values of a property. */
    List<String> texts(Property property) {
        return model.listObjectsOfProperty(subject, property).toList().stream().filter(RDFNode::isLiteral)
                .map(node -> node.asLiteral().getLexicalForm()).sorted().toList();
    }

    Optional<String> text(Property property) {
        return texts(property).stream().findFirst();
    }

    String textOrEmpty(Property property) {
        return text(property).orElse("");
    }

    /** The IRIs a property links to. */
    List<Resource> links(Property property) {
        return model.listObjectsOfProperty(subject, property).toList().stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** The IRIs that link here with a property. */
    List<Resource> linkedFrom(Property property) {
        return model.listSubjectsWithProperty(property, subject).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** What a person calls this resource: its name, title or acronym, else its IRI. */
    String label() {
        return text(SCHEMA.name).or(() -> text(DCTERMS.title)).or(() -> text(SCHEMA.alternateName))
                .orElse(subject.isURIResource() ? subject.getURI() : subject.toString());
    }

    /** A link to this resource, labelled. */
    Link link() {
        return new Link(PublicBase.href(iri()), label());
    }
}
