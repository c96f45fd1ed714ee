package org.publod.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.vocab.FABIO;
import org.publod.vocab.PRISM;
import org.publod.vocab.PRO;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.SCHEMA;

/**
 * The schema.org view of a resource, as JSON-LD in the form schema.org readers (search engines, reference
 * managers) read: one node object at the root, compacted with the schema.org context, its neighbours embedded.
 * Only schema.org terms appear. The view is derived from what the store holds:
 * <ul>
 * <li>a publication gets {@code headline} and {@code name} (its title), {@code datePublished} (its
 * {@code schema:datePublished}, else its {@code prism:publicationDate}, else its year) and {@code author}, a JSON
 * array of embedded {@code Person}s in the order of their roles' {@code publod:authorPosition};</li>
 * <li>the event that features a publication is embedded under {@code @reverse} {@code workFeatured}, the one
 * link the profile states between them;</li>
 * <li>every other schema.org statement of a node follows in the alphabetical order of its term, its values
 * sorted, so that the same data always gives the same text.</li>
 * </ul>
 * The authors are an ordered JSON array and not an {@code @list}: schema.org readers read the array in order,
 * while an {@code @list} would make {@code author} an {@code rdf:List}, which is no {@code Person} and which the
 * schema.org shapes reject. In RDF the order lives in the full profile (the roles' positions and chain).
 */
final class SchemaOrgJsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The properties the schema.org context types as IRIs: their values are written as plain strings. */
    private static final Set<Property> IRI_VALUED = Set.of(SCHEMA.sameAs, SCHEMA.url);
    /** The properties a publication's root states first, in this order. */
    private static final Set<Property> PUBLICATION_FIRST = Set.of(SCHEMA.headline, SCHEMA.name,
            SCHEMA.datePublished, SCHEMA.author);
    /** Links back to the root from a nested node: the root states them itself. */
    private static final Set<Property> NOT_NESTED = Set.of(SCHEMA.workFeatured, SCHEMA.author);
    /** The pattern of {@link #query}: binds ?s, ?p and ?o to the view's statements about ?resource. */
    static final String PATTERN = """
              { SELECT DISTINCT ?s {
                  { BIND (?resource AS ?s) }
                  UNION { ?resource schema:author|schema:publisher|schema:affiliation
                            |schema:author/schema:affiliation|schema:isPartOf+|^schema:workFeatured
                            |pro:isDocumentContextFor ?s }
                  UNION { ?resource schema:identifier|(schema:author|schema:isPartOf+|schema:publisher
                            |schema:affiliation)/schema:identifier ?s }
                  UNION { ?resource schema:location|^schema:workFeatured/schema:location ?s }
                  UNION { ?resource schema:address|(schema:location|^schema:workFeatured/schema:location
                            |schema:affiliation|schema:author/schema:affiliation|schema:publisher)/schema:address
                            ?s }
              } }
              ?s ?p ?o .
              FILTER (?p = rdf:type || STRSTARTS(STR(?p), STR(schema:)) || ?p IN (pro:isDocumentContextFor,
                      pro:isHeldBy, publod:authorPosition, fabio:hasPublicationYear, prism:publicationDate))
            """;
    private static final String VIEW = ResourceDescriber.construct(PATTERN);

    private final StoreReader store;

    SchemaOrgJsonLd(StoreReader store) {
        this.store = store;
    }

    /** The view of a resource in the store; none when it has no schema.org type. */
    Optional<String> write(String iri) {
        return write(store.construct(query(iri)), iri);
    }

    /** The view of a resource in a graph that holds what {@link #query} gives; none without a schema.org type. */
    static Optional<String> write(Model view, String iri) {
        Resource root = view.createResource(iri);
        if (schemaTypes(root).isEmpty()) {
            return Optional.empty();
        }
        ObjectNode document = NODES.objectNode();
        document.put("@context", SCHEMA.NS);
        Set<Resource> path = Set.of(root);
        if (view.contains(root, SCHEMA.author) || view.contains(root, PRO.isDocumentContextFor)) {
            publication(document, root, path);
        } else {
            properties(document, root, path, Set.of());
        }
        reverseEvents(document, root, path);
        try {
            return Optional.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        } catch (JsonProcessingException e) {
            throw new PublodException(ErrorCode.INTERNAL, "cannot write the schema.org JSON-LD of " + iri, e);
        }
    }

    /**
     * The statements the view is made of: the schema.org statements of the resource, of its authors, container
     * chain, publisher, affiliations, identifiers, addresses and of the event featuring it with its place; the types
     * of all of them; the authors' roles with their positions; the publication's year. One CONSTRUCT, so that
     * anyone can ask the endpoint the same. No path is optional ({@code (a|b)?}): Virtuoso 7 cannot compile one
     * around an alternative, so each optional step is written as an alternative without it.
     */
    static String query(String iri) {
        return ResourceDescriber.about(VIEW, iri).serialize();
    }

    /**
     * The view of a resource from a graph that holds at least what {@link #query} gives, such as a page's model
     * ({@link ResourceDescriber#page}): the view's query is answered by that graph, in memory, as the store would
     * answer it, since the graph holds every statement the query reads.
     */
    static Optional<String> writeFrom(Model holding, String iri) {
        try (QueryExecution execution = QueryExecution.model(holding).query(ResourceDescriber.about(VIEW, iri))
                .build()) {
            return write(execution.execConstruct(), iri);
        }
    }

    /** A publication's own statements: title, date and authors first, the rest after. */
    private static void publication(ObjectNode node, Resource publication, Set<Resource> path) {
        typeAndId(node, publication);
        List<String> titles = texts(publication, SCHEMA.name);
        if (!titles.isEmpty()) {
            node.put("headline", titles.get(0)); // one headline: readers take it as the title to display
            node.set("name", oneOrMany(titles.stream().map(NODES::textNode).toList()));
        }
        datePublished(publication).ifPresent(date -> node.put("datePublished", date));
        ArrayNode authors = node.putArray("author");
        for (Resource person : authors(publication)) {
            authors.add(embedded(person, path));
        }
        if (authors.isEmpty()) {
            node.remove("author");
        }
        statements(node, publication, path, PUBLICATION_FIRST);
    }

    /** The date a reader shows: a full date when the store has one, else the year, which ISO 8601 allows. */
    private static Optional<String> datePublished(Resource publication) {
        for (Property property : List.of(SCHEMA.datePublished, PRISM.publicationDate, FABIO.hasPublicationYear)) {
            List<String> dates = texts(publication, property);
            if (!dates.isEmpty()) {
                return Optional.of(dates.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * The authors in listed order: by their roles' positions (a role without one goes last), then any
     * {@code schema:author} no role names, by IRI.
     */
    static List<Resource> authors(Resource publication) {
        List<Resource> roles = new ArrayList<>(publication.listProperties(PRO.isDocumentContextFor).toList().stream()
                .map(Statement::getObject).filter(RDFNode::isResource).map(RDFNode::asResource).toList());
        roles.sort(Comparator.comparingLong(SchemaOrgJsonLd::position).thenComparing(SchemaOrgJsonLd::key));
        Set<Resource> authors = new LinkedHashSet<>();
        for (Resource role : roles) {
            authors.addAll(objects(role, PRO.isHeldBy));
        }
        authors.addAll(objects(publication, SCHEMA.author));
        return List.copyOf(authors);
    }

    private static long position(Resource role) {
        Statement position = role.getProperty(PUBLOD.authorPosition);
        if (position == null || !position.getObject().isLiteral()) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(position.getLiteral().getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The events that feature the root, embedded as the subjects of their {@code workFeatured} link. */
    private static void reverseEvents(ObjectNode node, Resource root, Set<Resource> path) {
        List<ObjectNode> events = root.getModel().listSubjectsWithProperty(SCHEMA.workFeatured, root).toList().stream()
                .sorted(Comparator.comparing(SchemaOrgJsonLd::key)).map(event -> embedded(event, path)).toList();
        if (!events.isEmpty()) {
            node.putObject("@reverse").set("workFeatured", oneOrMany(events));
        }
    }

    private static void properties(ObjectNode node, Resource resource, Set<Resource> path, Set<Property> skipped) {
        typeAndId(node, resource);
        statements(node, resource, path, skipped);
    }

    /** Every schema.org statement of a resource but the skipped ones, by term, values sorted. */
    private static void statements(ObjectNode node, Resource resource, Set<Resource> path, Set<Property> skipped) {
        List<Property> properties = resource.listProperties().toList().stream().map(Statement::getPredicate)
                .filter(property -> property.getNameSpace().equals(SCHEMA.NS) && !skipped.contains(property))
                .distinct().sorted(Comparator.comparing(Property::getLocalName)).toList();
        for (Property property : properties) {
            List<JsonNode> values = new ArrayList<>();
            for (RDFNode value : sorted(resource.listProperties(property).toList())) {
                value(property, value, path).ifPresent(values::add);
            }
            if (!values.isEmpty()) {
                node.set(property.getLocalName(), oneOrMany(values));
            }
        }
    }

    private static Optional<JsonNode> value(Property property, RDFNode value, Set<Resource> path) {
        if (value.isLiteral()) {
            return Optional.of(NODES.textNode(value.asLiteral().getLexicalForm()));
        }
        Resource resource = value.asResource();
        if (resource.isURIResource() && IRI_VALUED.contains(property)) {
            return Optional.of(NODES.textNode(resource.getURI()));
        }
        if (!path.contains(resource) && resource.getModel().contains(resource, null, (RDFNode) null)) {
            return Optional.of(embedded(resource, path));
        }
        return resource.isURIResource() ? Optional.of(NODES.objectNode().put("@id", resource.getURI()))
                : Optional.empty();
    }

    /** A neighbour as a node object of its own; a node already on the way from the root is not entered again. */
    private static ObjectNode embedded(Resource resource, Set<Resource> path) {
        ObjectNode node = NODES.objectNode();
        if (path.contains(resource)) {
            return resource.isURIResource() ? node.put("@id", resource.getURI()) : node;
        }
        Set<Resource> deeper = new HashSet<>(path);
        deeper.add(resource);
        properties(node, resource, Set.copyOf(deeper), NOT_NESTED);
        return node;
    }

    private static void typeAndId(ObjectNode node, Resource resource) {
        List<String> types = schemaTypes(resource);
        if (!types.isEmpty()) {
            node.set("@type", oneOrMany(types.stream().map(NODES::textNode).toList()));
        }
        if (resource.isURIResource()) {
            node.put("@id", resource.getURI());
        }
    }

    /** The local names of a resource's schema.org classes, sorted. */
    private static List<String> schemaTypes(Resource resource) {
        return objects(resource, RDF.type).stream().filter(type -> SCHEMA.NS.equals(type.getNameSpace()))
                .map(Resource::getLocalName).sorted().toList();
    }

    private static List<String> texts(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(node -> node.asLiteral().getLexicalForm()).sorted().toList();
    }

    private static List<Resource> objects(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource)
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /** Literals first, by lexical form; then resources, by IRI. */
    private static List<RDFNode> sorted(List<Statement> statements) {
        return statements.stream().map(Statement::getObject).sorted(Comparator
                .comparing((RDFNode node) -> node.isLiteral() ? 0 : 1).thenComparing(SchemaOrgJsonLd::key)).toList();
    }

    private static String key(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    private static JsonNode oneOrMany(List<? extends JsonNode> values) {
        return values.size() == 1 ? values.get(0) : NODES.arrayNode().addAll(values);
    }
}
