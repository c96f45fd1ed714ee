package org.publod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.publod.vocab.PrefixMappings;

/**
 * The page of any other resource (a role, an embodiment, a report, a graph, the dataset): its statements as a
 * table, and what links to it.
 *
 * @param label what to call it
 * @param iri its IRI
 * @param properties its properties and their values
 * @param incoming the statements that link to it
 */
record GenericView(String label, String iri, List<PropertyValues> properties, List<PropertyValues> incoming) {
    GenericView {
        properties = List.copyOf(properties);
        incoming = List.copyOf(incoming);
    }

    /** Whether there are any incoming (for the template, which has no logic). */
    boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    static GenericView of(Description resource) {
        Map<String, List<Value>> outgoing = new TreeMap<>();
        Map<String, List<Value>> incoming = new TreeMap<>();
        for (Statement statement : resource.model().listStatements(resource.subject(), null, (RDFNode) null)
                .toList()) {
            outgoing.computeIfAbsent(curie(statement.getPredicate().getURI()), p -> new ArrayList<>())
                    .add(Value.of(resource, statement.getObject()));
        }
        for (Statement statement : resource.model().listStatements(null, null, resource.subject()).toList()) {
            incoming.computeIfAbsent(curie(statement.getPredicate().getURI()), p -> new ArrayList<>())
                    .add(Value.of(resource, statement.getSubject()));
        }
        return new GenericView(resource.label(), resource.iri(), table(outgoing), table(incoming));
    }

    private static List<PropertyValues> table(Map<String, List<Value>> values) {
        List<PropertyValues> rows = new ArrayList<>();
        values.forEach((property, list) -> rows.add(new PropertyValues(property,
                list.stream().sorted(Comparator.comparing(Value::text)).toList())));
        return rows;
    }

    private static String curie(String iri) {
        return PrefixMappings.STANDARD.shortForm(iri);
    }

    /**
     * A property and its values.
     *
     * @param property the property, as a prefixed name
     * @param values its values
     */
    record PropertyValues(String property, List<Value> values) {
        PropertyValues {
            values = List.copyOf(values);
        }
    }

    /**
     * A value: a link (with {@code href}) or text (with an empty {@code href}).
     *
     * @param href the link, or empty for a literal
     * @param text the text shown
     */
    record Value(String href, String text) {
        static Value of(Description context, RDFNode node) {
            if (node.isURIResource()) {
                String iri = node.asResource().getURI();
                String label = context.about(node.asResource()).label();
                return new Value(PublicBase.href(iri), label.equals(iri) ? curie(iri) : label);
            }
            return new Value("", node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
        }
    }
}
