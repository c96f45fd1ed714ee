package org.publod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.publod.SharedFiles;
import org.publod.vocab.PrefixMappings;

/**
 * The profile shapes against hand-written fixtures: {@code src/test/resources/shapes/<shape>/} holds, for the node
 * shape {@code pshape:<Shape>Shape}, a {@code conforming.ttl}, at least one {@code violating-*.ttl} and optionally
 * {@code warning-*.ttl} graphs. Each violating or warning graph has a sibling {@code <name>.expected.txt} listing
 * every result it must give, one per line: {@code focusNode|path|constraintComponent|sourceShape} (a blank focus
 * node is written {@code _:}; lines starting with {@code #} are comments). The test compares exact sets, never
 * counts: the first three fields against what {@link ProfileValidator} reports, and all four against the SHACL
 * report, whose source shape names the one rule that fired. Violating graphs must give only blocking results;
 * conforming and warning graphs only non-blocking ones (a conforming graph gives none unless it has an expected
 * file too).
 */
class ProfileShapesTest {
    private static final Path SHAPES = Path.of("shapes/publod-shapes.ttl");
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static final String PSHAPE = "https://w3id.org/publod/shapes#";
    private static final String EXPECTED_SUFFIX = ".expected.txt";
    private static final String BLANK = "_:";
    /** Shape parameters that hold no constraint of their own: a shape with only these is never a result's source. */
    private static final Set<Node> NOT_CONSTRAINTS = Set.of(SHACL.targetClass, SHACL.targetNode,
            SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.target, SHACL.property, SHACL.path, SHACL.message,
            SHACL.severity, SHACL.deactivated, SHACL.name, SHACL.description, SHACL.order, SHACL.group);

    private static ProfileValidator validator;
    private static Graph shapesGraph;
    private static Shapes shapes;

    @BeforeAll
    static void loadShapes() {
        validator = ProfileValidator.fromFiles(List.of(SHAPES));
        shapesGraph = RDFDataMgr.loadGraph(SHAPES.toString());
        shapes = Shapes.parse(shapesGraph);
    }

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> fixtures = new ArrayList<>();
        for (Path dir : fixtureDirectories()) {
            for (Path file : turtleFiles(dir)) {
                fixtures.add(Arguments.of(dir.getFileName().toString(), file.getFileName().toString()));
            }
        }
        return fixtures.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("fixtures")
    void fixtureGivesExactlyTheExpectedResults(String shape, String fixture) throws IOException {
        Path file = FIXTURES.resolve(shape).resolve(fixture);
        Graph data = RDFDataMgr.loadGraph(file.toString());
        Set<String> expected = expectedResults(file);
        List<Violation> violations = violations(data);

        Set<String> withoutSource = expected.stream().map(line -> line.substring(0, line.lastIndexOf('|')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(withoutSource, violations.stream().map(ProfileShapesTest::line)
                .collect(Collectors.toCollection(TreeSet::new)), file + ": focusNode|path|constraintComponent");
        assertEquals(expected, resultsWithSource(data), file + ": focusNode|path|constraintComponent|sourceShape");

        if (fixture.startsWith("violating-")) {
            assertFalse(violations.isEmpty(), file + " gives no result at all");
            assertTrue(violations.stream().allMatch(Violation::blocking), file + " gives a result that does not block");
        } else {
            assertTrue(violations.stream().noneMatch(Violation::blocking), file + " gives a blocking result");
        }
    }

    @Test
    void everyShapeHasAConformingAndAViolatingFixture() throws IOException {
        Set<String> classShapes = new TreeSet<>();
        shapesGraph.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(Triple::getSubject)
                .filterKeep(node -> node.isURI() && node.getLocalName().endsWith("Shape"))
                .forEach(node -> classShapes.add(directoryOf(node.getLocalName())));
        Set<String> directories = fixtureDirectories().stream().map(dir -> dir.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(classShapes, directories, "one fixture directory per node shape named ...Shape");
        for (Path dir : fixtureDirectories()) {
            List<String> names = turtleFiles(dir).stream().map(file -> file.getFileName().toString()).toList();
            assertTrue(names.contains("conforming.ttl"), dir + " has no conforming.ttl");
            assertTrue(names.stream().anyMatch(name -> name.startsWith("violating-")), dir + " has no violating-*.ttl");
            assertTrue(names.stream().allMatch(name -> name.equals("conforming.ttl") || name.startsWith("violating-")
                    || name.startsWith("warning-")), dir + " has a fixture named otherwise");
        }
    }

    @Test
    void everyRuleIsBrokenBySomeFixture() throws IOException {
        Set<String> sources = new TreeSet<>();
        for (Path dir : fixtureDirectories()) {
            for (Path file : turtleFiles(dir)) {
                expectedResults(file).forEach(line -> sources.add(line.substring(line.lastIndexOf('|') + 1)));
            }
        }
        Set<String> unexercised = new TreeSet<>(namedRules());
        unexercised.removeAll(sources);
        assertEquals(Set.of(), unexercised, "rules that no fixture breaks");
    }

    @Test
    void everyRuleHasAMessage() {
        Set<String> silent = new TreeSet<>();
        for (String rule : namedRules()) {
            Node shape = NodeFactory.createURI(PSHAPE + rule.substring("pshape:".length()));
            List<Node> sparql = shapesGraph.find(shape, SHACL.sparql, Node.ANY).mapWith(Triple::getObject).toList();
            List<Node> carriers = sparql.isEmpty() ? List.of(shape) : sparql;
            carriers.stream().filter(node -> !shapesGraph.contains(node, SHACL.message, Node.ANY))
                    .forEach(node -> silent.add(rule));
        }
        assertEquals(Set.of(), silent, "rules without a sh:message");
    }

    @Test
    void shapesConformToShaclForShacl() {
        Path shared = SharedFiles.require();
        Graph shaclShacl = GraphFactory.createDefaultGraph();
        RDFParser.source(shared.resolve("vocab/shapes/shacl-shacl.ttl")).parse(shaclShacl);

        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shaclShacl), shapesGraph);

        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), SHAPES + " does not conform to shacl-shacl.ttl");
    }

    private static List<Violation> violations(Graph data) {
        return validator.validate(data).violations();
    }

    /** Every shape a result can name as its source: property shapes and node shapes with constraints of their own. */
    private static Set<String> namedRules() {
        Set<String> rules = new TreeSet<>();
        Stream.of(SHACL.NodeShape, SHACL.PropertyShape)
                .flatMap(type -> shapesGraph.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                        .toList().stream())
                .filter(Node::isURI)
                .filter(shape -> shapesGraph.find(shape, Node.ANY, Node.ANY).toList().stream()
                        .map(Triple::getPredicate)
                        .anyMatch(p -> p.getURI().startsWith(SHACL.getURI()) && !NOT_CONSTRAINTS.contains(p)))
                .forEach(shape -> rules.add(compact(shape)));
        return rules;
    }

    private static Set<String> resultsWithSource(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        Set<String> results = new TreeSet<>();
        for (ReportEntry entry : report.getEntries()) {
            String path = entry.resultPath() == null ? ""
                    : entry.resultPath().toString(new Prologue(PrefixMappings.STANDARD));
            results.add((entry.focusNode().isBlank() ? BLANK : entry.focusNode().getURI()) + "|" + path + "|"
                    + ShLib.displayStr(entry.sourceConstraintComponent()) + "|" + compact(entry.source()));
        }
        return results;
    }

    private static String line(Violation violation) {
        return focus(violation.focusNode()) + "|" + violation.path() + "|" + violation.component();
    }

    private static String focus(String focusNode) {
        return focusNode.startsWith(BLANK) ? BLANK : focusNode;
    }

    private static String compact(Node shape) {
        return shape.isURI() && shape.getURI().startsWith(PSHAPE)
                ? "pshape:" + shape.getURI().substring(PSHAPE.length()) : ShLib.displayStr(shape);
    }

    /** The expected results of a fixture; none for a conforming graph without an expected file. */
    private static Set<String> expectedResults(Path fixture) throws IOException {
        String name = fixture.getFileName().toString();
        Path expected = fixture.resolveSibling(name.substring(0, name.length() - ".ttl".length()) + EXPECTED_SUFFIX);
        if (!Files.exists(expected)) {
            if (!name.equals("conforming.ttl")) {
                throw new IllegalStateException(fixture + " has no " + expected.getFileName());
            }
            return Set.of();
        }
        Set<String> results = new TreeSet<>();
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            String result = line.strip();
            if (result.isEmpty() || result.startsWith("#")) {
                continue;
            }
            if (result.split("\\|", -1).length != 4) {
                throw new IllegalStateException(expected + ": not focusNode|path|component|sourceShape: " + line);
            }
            results.add(result);
        }
        return results;
    }

    /** {@code PostalAddressShape} lives in {@code postal-address/}. */
    private static String directoryOf(String shapeName) {
        String stem = shapeName.substring(0, shapeName.length() - "Shape".length());
        return stem.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<Path> fixtureDirectories() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
