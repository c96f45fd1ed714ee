package org.publod.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import org.publod.link.Curation;
import org.publod.link.DblpIndex;
import org.publod.link.DblpIndexer;
import org.publod.link.Linker;
import org.publod.link.OrcidRegistry;
import org.publod.pipeline.LinkingPipeline;
import org.publod.pipeline.RunListener;
import org.publod.pipeline.StoreSink;
import org.publod.store.Tdb2Store;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.pipeline.RunListener;
import org.publod.validate.ProfileValidator;
import org.publod.validate.ValidationOutcome;
import org.publod.store.GraphPublisher;
import org.publod.store.Tdb2Store;
import org.publod.SharedFiles;
import org.publod.TestReports;

/**
 * publod's output against the official vocabulary and shape files: every term it uses is defined there (or in
 * our own ontology), and the data conforms to the TopQuadrant schema.org shapes.
 */
class OfficialVocabularyIT {
    private static final List<String> VOCABULARIES = List.of(
            "schemaorg/schemaorg-current-http.ttl", "spar/fabio.ttl", "spar/frbr.ttl", "spar/pro.ttl",
            "spar/datacite.ttl", "spar/literal.ttl", "spar/tvc.ttl", "ocdm/oco-2019-09-19.rdf",
            "core/dublin-core-terms.ttl", "core/foaf.ttl", "core/rdf.ttl", "core/rdfs.ttl", "core/owl.ttl",
            "core/prov-o.ttl", "dblp/dblp-schema-2024-06-14.ttl");
    private static final List<Class<?>> VOCABULARY_CLASSES = List.of(SCHEMA.class, FABIO.class, FRBR.class,
            PRISM.class, PRO.class, DATACITE.class, LITERAL.class, OCO.class, DCTERMS.class, FOAF.class, PROV.class,
            PUBLOD.class, VOID.class, DCAT.class, DBLP.class);

    private static Path shared;
    private static Model definitions;

    @BeforeAll
    static void loadVocabularies() {
        shared = SharedFiles.require();
        definitions = ModelFactory.createDefaultModel();
        for (String file : VOCABULARIES) {
            // The official files carry a few IRIs RIOT warns about (e.g. urn:swrl#...); they are not ours.
            RDFParser.source(shared.resolve("vocab").resolve(file))
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(definitions);
        }
        RDFParser.source(Path.of("ontology/publod.ttl")).parse(definitions);
        RDFParser.source(Path.of("ontology/external-terms.ttl")).parse(definitions);
    }

    @Test
    void everyTermInTheOutputIsDefined() throws IOException {
        Set<String> undefined = new TreeSet<>();
        for (Path report : reports()) {
            Graph output = TestReports.map(report).graph();
            termsOf(output).filter(term -> !isDefined(term)).forEach(term -> undefined.add(term.getURI()));
        }
        assertEquals(Set.of(), undefined, "terms used in the output but defined in no official file");
    }

    @Test
    void everyTermOfTheDatasetDescriptionIsDefined(@TempDir Path temp) {
        Graph description;
        try (Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            TestReports.pipeline().run(TestReports.example(), store::replaceGraph, RunListener.NONE);
            description = new GraphPublisher(store, TestReports.description()).recount().getGraph();
        }
        assertEquals(Set.of(), termsOf(description).filter(term -> !isDefined(term)).map(Node::getURI)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyTermOfALinkedStoreIsDefinedAndItConforms(@TempDir Path temp) {
        Path fixtures = Path.of("src/test/resources/link");
        DblpIndexer.index(fixtures.resolve("dblp-excerpt.ttl"), temp.resolve("index"), count -> { });
        Graph linkset = GraphFactory.createDefaultGraph();
        try (DblpIndex index = DblpIndex.open(temp.resolve("index"));
                Tdb2Store store = Tdb2Store.open(temp.resolve("store"))) {
            StoreSink sink = StoreSink.publishing(store, TestReports.description());
            for (String report : List.of("report-a.txt", "report-b.txt")) {
                TestReports.pipeline().run(fixtures.resolve(report), sink, RunListener.NONE);
            }
            Linker linker = new Linker(Optional.of(index), Optional.empty(),
                    OrcidRegistry.read(fixtures.resolve("orcid-registry.csv")), Optional.empty(), Curation.none(),
                    Linker.Thresholds.DEFAULT);
            new LinkingPipeline(TestReports.description()).run(store, linker);
            try (RDFConnection connection = store.connect()) {
                connection.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").getGraph()
                        .find().forEach(linkset::add);
            }
        }
        assertEquals(Set.of(), termsOf(linkset).filter(term -> !isDefined(term)).map(Node::getURI)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        ValidationOutcome outcome = ProfileValidator.bundled().validate(linkset);
        assertEquals(List.of(), outcome.violations().stream().filter(violation -> violation.blocking()).toList());
    }

    @Test
    void everyTermTheOntologyItselfUsesIsDefined() {
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology/publod.ttl")).parse(ontology);

        assertEquals(Set.of(), termsOf(ontology).filter(term -> !isDefined(term)).map(Node::getURI)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyVocabularyConstantIsDefined() throws IllegalAccessException {
        Set<String> undefined = new TreeSet<>();
        int constants = 0;
        for (Class<?> vocabulary : VOCABULARY_CLASSES) {
            for (Field field : vocabulary.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                    constants++;
                    Resource term = (Resource) field.get(null);
                    if (!isDefined(term.asNode())) {
                        undefined.add(vocabulary.getSimpleName() + "." + field.getName() + " = " + term.getURI());
                    }
                }
            }
        }
        assertTrue(constants > 80, "found only " + constants + " constants");
        assertEquals(Set.of(), undefined);
    }

    @Test
    void outputConformsToTheTopQuadrantSchemaOrgShapes() throws IOException {
        String shapesText = Files.readString(shared.resolve("vocab/shapes/topquadrant-schema.shapes.ttl"),
                StandardCharsets.UTF_8).replace("owl:imports <http://datashapes.org/dash> ;", "");
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(shapesText, Lang.TURTLE).parse(shapesGraph);
        Shapes shapes = Shapes.parse(shapesGraph);
        for (Path report : reports()) {
            Graph data = TestReports.map(report).graph();
            // Shapes engines do not infer: the class hierarchy must be in the data for targets to reach subclasses.
            shapesGraph.find().forEach(data::add);
            ValidationReport result = ShaclValidator.get().validate(shapes, data);
            if (!result.conforms()) {
                ShLib.printReport(result);
            }
            assertTrue(result.conforms(), report + " does not conform to the schema.org shapes");
        }
    }

    private static List<Path> reports() throws IOException {
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"))) {
            return Stream.concat(Stream.of(SharedFiles.realExport(), TestReports.example()),
                    golden.map(dir -> dir.resolve("input.txt")).filter(Files::exists)).toList();
        }
    }

    /** Predicates, classes, and the named individuals (roles, identifier schemes) used as objects. */
    private static Stream<Node> termsOf(Graph graph) {
        Set<Node> terms = new java.util.HashSet<>();
        graph.find().forEach((Triple triple) -> {
            terms.add(triple.getPredicate());
            if (triple.getPredicate().equals(RDF.type.asNode())) {
                terms.add(triple.getObject());
            } else if (triple.getObject().isURI() && isVocabularyNamespace(triple.getObject().getURI())) {
                terms.add(triple.getObject());
            }
        });
        return terms.stream();
    }

    private static boolean isVocabularyNamespace(String iri) {
        return Stream.of(SCHEMA.NS, FABIO.NS, PRO.NS, DATACITE.NS, FRBR.NS, OCO.NS, PUBLOD.NS, VOID.NS)
                .anyMatch(ns -> iri.startsWith(ns) && iri.length() > ns.length());
    }

    private static boolean isDefined(Node term) {
        return definitions.getGraph().contains(term, RDF.type.asNode(), Node.ANY)
                || definitions.getGraph().contains(NodeFactory.createURI(term.getURI()), RDF.type.asNode(), Node.ANY);
    }
}
