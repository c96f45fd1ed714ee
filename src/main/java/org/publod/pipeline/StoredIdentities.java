package org.publod.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.map.IriMinter;
import org.publod.map.LinksetMapper;
import org.publod.map.PersonNodes;
import org.publod.model.AuthorName;
import org.publod.parse.ListedNames;
import org.publod.store.GraphPublisher;
import org.publod.store.PublodStore;
import org.publod.vocab.PRO;
import org.publod.vocab.PrefixMappings;
import org.publod.vocab.SCHEMA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persons linking found, applied to the report graphs: each authorship is held by the person the linkset
 * graph says (its described {@code pro:isHeldBy} statements), or else by its listed name's person, and every
 * person the change touches is described anew from the authorships it holds (all its listed names, one family
 * name). Applied by {@code link} to every report graph, and by {@code publish} to the graph it just replaced, so
 * that re-publishing a report keeps the identities. Only what changes is written, with the description's counts.
 */
final class StoredIdentities {
    private static final Logger LOG = LoggerFactory.getLogger(StoredIdentities.class);
    private static final String TABLE = """
            SELECT ?subject ?predicate ?object WHERE { GRAPH ?linkset {
              ?statement a rdf:Statement ; void:inDataset ?holders ;
                         rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object } }""";
    private static final String ROLES = """
            SELECT ?role ?holder ?pub ?name ?organization WHERE { GRAPH ?graph {
              ?role pro:isHeldBy ?holder ; pro:relatesToDocument ?pub ; publod:nameAsListed ?name .
              OPTIONAL { ?role pro:relatesToOrganization ?organization } } }""";
    private static final String DESCRIPTION = "CONSTRUCT { ?person ?p ?o } WHERE { GRAPH ?graph { ?person ?p ?o } }";

    /** One authorship as the graph holds it. */
    private record Role(String iri, String holder, String publication, AuthorName name, String organization) {
    }

    private final PublodStore store;
    private final IriMinter iris;
    private final Map<String, String> holders;
    private final Map<String, String> familyNames;

    private StoredIdentities(PublodStore store, IriMinter iris, Map<String, String> holders,
                             Map<String, String> familyNames) {
        this.store = store;
        this.iris = iris;
        this.holders = holders;
        this.familyNames = familyNames;
    }

    /** The identities the store's linkset graph states; none before the first {@code link}. */
    static StoredIdentities read(PublodStore store, IriMinter iris) {
        ParameterizedSparqlString table = new ParameterizedSparqlString(TABLE, PrefixMappings.STANDARD);
        table.setIri("linkset", iris.linksetGraph());
        table.setIri("holders", iris.linkset(LinksetMapper.HOLDERS));
        Map<String, String> holders = new HashMap<>();
        Map<String, String> familyNames = new HashMap<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(table.asQuery(), row -> {
                String predicate = row.getResource("predicate").getURI();
                if (predicate.equals(PRO.isHeldBy.getURI())) {
                    holders.put(row.getResource("subject").getURI(), row.getResource("object").getURI());
                } else if (predicate.equals(SCHEMA.familyName.getURI())) {
                    familyNames.put(row.getResource("subject").getURI(), row.getLiteral("object").getLexicalForm());
                }
            });
        }
        return new StoredIdentities(store, iris, holders, familyNames);
    }

    /** Whether linking has joined or separated no person: then a freshly mapped graph needs nothing. */
    boolean isEmpty() {
        return holders.isEmpty();
    }

    /**
     * Applies the identities to one report graph.
     *
     * @return the authorships whose holder changed
     */
    int applyTo(String graphIri, GraphPublisher publisher) {
        Set<String> touched = new TreeSet<>();
        int[] moved = {0};
        roles(graphIri, role -> {
            String holder = holderOf(role);
            if (!holder.equals(role.holder())) {
                touched.add(role.holder());
                touched.add(holder);
                moved[0]++;
            }
        });
        if (moved[0] == 0) {
            return 0;
        }
        List<Role> roles = new ArrayList<>();
        roles(graphIri, role -> {
            if (touched.contains(role.holder()) || touched.contains(holderOf(role))) {
                roles.add(role);
            }
        });
        Model added = ModelFactory.createDefaultModel();
        Graph removed = GraphFactory.createDefaultGraph();
        Map<String, List<Role>> heldAfter = new TreeMap<>();
        for (Role role : roles) {
            String holder = holderOf(role);
            if (touched.contains(holder)) {
                heldAfter.computeIfAbsent(holder, person -> new ArrayList<>()).add(role);
            }
            if (!holder.equals(role.holder())) {
                Resource roleNode = added.createResource(role.iri());
                Resource before = added.createResource(role.holder());
                removed.add(roleNode.asNode(), PRO.isHeldBy.asNode(), before.asNode());
                removed.add(added.createResource(role.publication()).asNode(), SCHEMA.author.asNode(),
                        before.asNode());
                roleNode.addProperty(PRO.isHeldBy, added.createResource(holder));
                added.createResource(role.publication()).addProperty(SCHEMA.author, added.createResource(holder));
            }
        }
        for (String person : touched) {
            Model description = description(person, heldAfter.getOrDefault(person, List.of()));
            Graph stored = stored(graphIri, person);
            stored.find().filterDrop(description.getGraph()::contains).forEach(removed::add);
            description.getGraph().find().filterDrop(stored::contains).forEach(added.getGraph()::add);
        }
        Graph net = GraphFactory.createDefaultGraph();
        added.getGraph().find().filterDrop(removed::contains).forEach(net::add);
        removed.find().filterKeep(added.getGraph()::contains).toList().forEach(removed::delete);
        publisher.changeGraph(graphIri, net, removed);
        LOG.info("<{}>: {} authorships change holder, {} persons described anew", graphIri, moved[0],
                touched.size());
        return moved[0];
    }

    /** Who holds an authorship: the linked person, else the listed name's. */
    private String holderOf(Role role) {
        return holders.getOrDefault(role.iri(), iris.person(role.name()));
    }

    /** A person as the authorships it holds in this graph describe it; nothing when it holds none. */
    private Model description(String person, List<Role> held) {
        Model model = ModelFactory.createDefaultModel();
        if (held.isEmpty()) {
            return model;
        }
        Resource node = model.createResource(person);
        Map<String, Integer> familyCounts = new TreeMap<>();
        for (Role role : held) {
            PersonNodes.describe(node, role.name());
            familyCounts.merge(role.name().familyName(), 1, Integer::sum);
            if (role.organization() != null) {
                node.addProperty(SCHEMA.affiliation, model.createResource(role.organization()));
            }
        }
        String preferred = familyNames.getOrDefault(person, familyCounts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder()))).orElseThrow().getKey());
        PersonNodes.preferFamilyName(node, preferred);
        return model;
    }

    /** Streams the graph's authorships to {@code consumer}, without holding them. */
    private void roles(String graphIri, Consumer<Role> consumer) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(ROLES, PrefixMappings.STANDARD);
        query.setIri("graph", graphIri);
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(query.asQuery(), row -> {
                String listed = row.getLiteral("name").getLexicalForm();
                ListedNames.parse(listed).ifPresent(name -> consumer.accept(new Role(row.getResource("role").getURI(),
                        row.getResource("holder").getURI(), row.getResource("pub").getURI(), name,
                        row.contains("organization") ? row.getResource("organization").getURI() : null)));
            });
        }
    }

    private Graph stored(String graphIri, String person) {
        ParameterizedSparqlString query = new ParameterizedSparqlString(DESCRIPTION, PrefixMappings.STANDARD);
        query.setIri("graph", graphIri);
        query.setIri("person", person);
        try (RDFConnection connection = store.connect()) {
            return connection.queryConstruct(query.asQuery()).getGraph();
        }
    }
}
