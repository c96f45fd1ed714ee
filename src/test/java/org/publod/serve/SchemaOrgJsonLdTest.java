package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publod.SharedFiles;
import org.publod.TestReports;
import org.publod.vocab.SCHEMA;

/**
 * The schema.org view of resources mapped from real reports by the real pipeline, read back as a schema.org reader
 * reads it: expanded with the official schema.org context, and its terms looked up in the official vocabulary.
 */
class SchemaOrgJsonLdTest {
    private static final String BASE = TestReports.BASE;
    private static final String SCHEMA_NS = SCHEMA.NS;
    private static final String SCALING = BASE
            + "publication/2024/scaling-laws-for-fine-grained-mixture-of-experts-3dff61";
    private static final String TOKENS = BASE
            + "publication/2024/mixture-of-tokens-continuous-moe-through-cross-example-0ad0ef";
    private static final String MAMBA = BASE
            + "publication/2024/moe-mamba-efficient-selective-state-space-models-with-cdd57b";
    private static final String ARTICLE = BASE + "publication/doi/10.1016-j.ijsolstr.2024.112345-9c0da7";
    private static final String MONOGRAPH = BASE + "publication/2021/mechanics-of-composite-plates-b363ad";
    private static final String CHAPTER = BASE + "publication/2022/plates-under-impact-bee2af";
    private static final String ORCID = "https://orcid.org/0000-0002-1825-0097";
    private static final String CYGAN = BASE + "person/cygan-m";
    /** A report with a conference abstract, a monograph with its publisher and a chapter in a book. */
    private static final Path BOOKS =
            Path.of("src/test/resources/golden/conference-abstract-monograph-chapter/input.txt");
    /** The three example publications and their authors as the example report lists them. */
    private static final Map<String, List<String>> LISTED = Map.of(
            SCALING, List.of("Ludziejewski J.", "Krajewski J.", "Adamczewski K.", "Pióro M.", "Krutul M.",
                    "Antoniak S.", "Ciebiera K.", "Król K.", "Odrzygoźdź T.", "Sankowski P.", "Cygan M.",
                    "Jaszczur S."),
            TOKENS, List.of("Antoniak S.", "Krutul M.", "Pióro M.", "Krajewski J.", "Ludziejewski J.",
                    "Ciebiera K.", "Król K.", "Odrzygóźdź T.", "Cygan M.", "Jaszczur S."),
            MAMBA, List.of("Pióro M.", "Ciebiera K.", "Król K.", "Ludziejewski J.", "Krutul M.", "Krajewski J.",
                    "Antoniak S.", "Miłoś P.", "Cygan M.", "Jaszczur S."));

    private static List<Triple> triples;
    private static SchemaOrgJsonLd view;
    private static StoreReader store;

    @BeforeAll
    static void mapReports() {
        triples = new ArrayList<>();
        for (Path report : List.of(TestReports.example(), ServedStore.JOURNAL_REPORT, BOOKS)) {
            triples.addAll(TestReports.map(report).graph().find().toList());
        }
        // A link as `publod link` states it in the linkset graph, which the store's union reads too.
        Model link = ModelFactory.createDefaultModel();
        link.createResource(CYGAN).addProperty(SCHEMA.sameAs, link.createResource(ORCID));
        triples.addAll(link.getGraph().find().toList());
        store = storeOf(triples);
        view = new SchemaOrgJsonLd(store);
    }

    /** A store holding the triples, added in the order given. */
    private static StoreReader storeOf(List<Triple> added) {
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> added.forEach(dataset.getDefaultModel().getGraph()::add));
        return new StoreReader(dataset);
    }

    /** The view over a store holding the triples, added in the order given. */
    private static SchemaOrgJsonLd viewOver(List<Triple> added) {
        return new SchemaOrgJsonLd(storeOf(added));
    }

    @Test
    void aPageModelGivesEveryResourceTheViewTheStoreGives() {
        ResourceDescriber describer = new ResourceDescriber(store);
        Set<String> subjects = new TreeSet<>();
        triples.stream().map(Triple::getSubject).filter(Node::isURI).forEach(node -> subjects.add(node.getURI()));
        int withView = 0;
        for (String iri : subjects) {
            Optional<String> fromStore = view.write(iri);
            for (boolean listing : List.of(false, true)) {
                assertEquals(fromStore, SchemaOrgJsonLd.writeFrom(describer.page(iri, listing), iri), iri);
            }
            withView += fromStore.isPresent() ? 1 : 0;
        }
        assertTrue(withView > 50, "publications, persons, venues and organisations have a view: " + withView);
    }

    @Test
    void aPublicationIsTheOneRootNodeWithHeadlineNameAndDatePublished() {
        JsonObject root = onlyNode(SchemaOrgContext.official().expand(json(SCALING)));
        assertEquals(SCALING, root.getString("@id"));
        assertEquals(List.of(SCHEMA_NS + "ScholarlyArticle"), strings(root.getJsonArray("@type")));
        String title = "Scaling Laws for Fine-Grained Mixture of Experts";
        assertEquals(List.of(title), values(root, "headline"));
        assertEquals(List.of(title), values(root, "name"));
        assertEquals(List.of("2024"), values(root, "datePublished"));
        assertEquals(List.of("33270-33288"), values(root, "pagination"));
    }

    @Test
    void authorsAreEmbeddedPersonsInTheListedOrder() {
        SchemaOrgContext context = SchemaOrgContext.official();
        for (Map.Entry<String, List<String>> publication : LISTED.entrySet()) {
            JsonObject root = onlyNode(context.expand(json(publication.getKey())));
            List<String> names = new ArrayList<>();
            for (JsonValue author : root.getJsonArray(SCHEMA_NS + "author")) {
                JsonObject person = author.asJsonObject();
                assertEquals(List.of(SCHEMA_NS + "Person"), strings(person.getJsonArray("@type")), person.toString());
                names.addAll(values(person, "name"));
            }
            assertEquals(publication.getValue(), names, publication.getKey());
        }
    }

    @Test
    void theSameDataGivesTheSameDocumentWhateverOrderTheStoreHoldsItIn() {
        List<Triple> reversed = new ArrayList<>(triples);
        Collections.reverse(reversed);
        SchemaOrgJsonLd other = viewOver(reversed);
        for (String iri : List.of(SCALING, TOKENS, MAMBA, ARTICLE, MONOGRAPH, CHAPTER, CYGAN)) {
            assertEquals(json(iri), other.write(iri).orElseThrow(), iri);
        }
    }

    @Test
    void aJournalArticleIsPartOfItsIssueVolumeAndJournal() {
        JsonObject root = onlyNode(SchemaOrgContext.official().expand(json(ARTICLE)));
        JsonObject issue = only(root, "isPartOf");
        assertEquals(List.of(SCHEMA_NS + "PublicationIssue"), strings(issue.getJsonArray("@type")));
        assertEquals(List.of("3"), values(issue, "issueNumber"));
        JsonObject volume = only(issue, "isPartOf");
        assertEquals(List.of("290"), values(volume, "volumeNumber"));
        JsonObject journal = only(volume, "isPartOf");
        assertEquals(List.of(SCHEMA_NS + "Periodical"), strings(journal.getJsonArray("@type")));
        assertEquals(List.of("0020-7683"), values(journal, "issn"));
        assertEquals(List.of("https://doi.org/10.1016/j.ijsolstr.2024.112345"), ids(root, "sameAs"));
        assertEquals(List.of("DOI"), values(only(root, "identifier"), "propertyID"));
    }

    @Test
    void aPaperNamesItsEventAndBooksTheirPublisherOrBook() {
        SchemaOrgContext context = SchemaOrgContext.official();
        JsonObject paper = onlyNode(context.expand(json(SCALING)));
        JsonObject event = paper.getJsonObject("@reverse").getJsonArray(SCHEMA_NS + "workFeatured")
                .getJsonObject(0);
        assertEquals(List.of("The Forty-First International Conference on Machine Learning"), values(event, "name"));
        assertEquals(List.of("2024-07-21"), values(event, "startDate"));
        JsonObject address = only(only(event, "location"), "address");
        assertEquals(List.of("AT"), values(address, "addressCountry"));
        JsonObject monograph = onlyNode(context.expand(json(MONOGRAPH)));
        assertEquals(List.of("Some Academic Publisher"), values(only(monograph, "publisher"), "name"));
        JsonObject chapter = onlyNode(context.expand(json(CHAPTER)));
        JsonObject book = only(chapter, "isPartOf");
        assertEquals(List.of("Handbook of Impact Mechanics"), values(book, "name"));
        assertEquals(List.of(SCHEMA_NS + "Book"), book.getJsonArray("@type").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "the book holding the chapter, as schema.org readers see it");
    }

    @Test
    void aPersonIsTheRootWithNameAndSameAs() {
        JsonObject person = onlyNode(SchemaOrgContext.official().expand(json(CYGAN)));
        assertEquals(CYGAN, person.getString("@id"));
        assertEquals(List.of("Cygan M."), values(person, "name"));
        assertEquals(List.of(ORCID), ids(person, "sameAs"));
    }

    @Test
    void aResourceWithoutASchemaOrgTypeHasNoSchemaOrgView() {
        assertEquals(Optional.empty(), view.write(SCALING + "/author/1"));
        assertEquals(Optional.empty(), view.write(BASE + "report/ippt-example.txt"));
    }

    @Test
    void everyTermIsDefinedByTheSchemaOrgContextAndVocabulary() {
        SchemaOrgContext context = SchemaOrgContext.official();
        Graph vocabulary = RDFParser.source(SharedFiles.require().resolve("vocab/schemaorg/schemaorg-current-http.ttl"))
                .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).toGraph();
        TreeSet<String> unknown = new TreeSet<>();
        for (String iri : List.of(SCALING, TOKENS, MAMBA, ARTICLE, MONOGRAPH, CHAPTER, CYGAN,
                BASE + "organization/ippt-pan", BASE + "event/icml-2024-07-21", BASE + "journal/0020-7683")) {
            String json = json(iri);
            keys(read(json), unknown, context.terms());
            for (Triple triple : context.toGraph(json).find().toList()) {
                List<Node> terms = new ArrayList<>(List.of(triple.getPredicate()));
                if (triple.getPredicate().equals(RDF.type.asNode())) {
                    terms.add(triple.getObject());
                }
                if (triple.getObject().isLiteral() && !triple.getObject().getLiteralDatatypeURI()
                        .startsWith("http://www.w3.org/")) {
                    terms.add(NodeFactory.createURI(
                            triple.getObject().getLiteralDatatypeURI()));
                }
                terms.stream().filter(term -> !term.equals(RDF.type.asNode()))
                        .filter(term -> !vocabulary.contains(term, RDF.type.asNode(), Node.ANY))
                        .forEach(term -> unknown.add(iri + ": " + term.getURI()));
            }
        }
        assertEquals(new TreeSet<>(), unknown);
    }

    /** Collects every key that is neither a keyword nor a term of the context: it would not compact. */
    private static void keys(JsonNode node, TreeSet<String> unknown, Set<String> terms) {
        if (node.isArray()) {
            node.forEach(element -> keys(element, unknown, terms));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().startsWith("@") && !terms.contains(field.getKey())) {
                    unknown.add("not a schema.org term: " + field.getKey());
                }
                keys(field.getValue(), unknown, terms);
            }
        }
    }

    private static String json(String iri) {
        return view.write(iri).orElseThrow(() -> new AssertionError("no schema.org view of " + iri));
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one top-level node of an expanded document: the root, with everything else embedded. */
    private static JsonObject onlyNode(JsonArray expanded) {
        assertEquals(1, expanded.size(), expanded.toString());
        return expanded.getJsonObject(0);
    }

    private static JsonObject only(JsonObject node, String term) {
        JsonArray values = node.getJsonArray(SCHEMA_NS + term);
        assertTrue(values != null && values.size() == 1, term + " in " + node);
        return values.getJsonObject(0);
    }

    /** The {@code @value}s of an expanded property. */
    private static List<String> values(JsonObject node, String term) {
        JsonArray values = node.getJsonArray(SCHEMA_NS + term);
        return values == null ? List.of() : values.stream()
                .map(value -> value.asJsonObject().getString("@value")).toList();
    }

    /** The {@code @id}s of an expanded property. */
    private static List<String> ids(JsonObject node, String term) {
        JsonArray values = node.getJsonArray(SCHEMA_NS + term);
        return values == null ? List.of() : values.stream()
                .map(value -> value.asJsonObject().getString("@id")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }
}
