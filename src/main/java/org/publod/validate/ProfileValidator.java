package org.publod.validate;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.vocab.PrefixMappings;

/**
 * Validates RDF against the publod profile's SHACL shapes, parsed once and reused for every graph.
 *
 * <p>Core constraints are checked by Jena SHACL focus node by focus node. A node shape that holds only SPARQL-based
 * constraints is checked by {@link FocusBatchedSparqlCheck}: each query runs once per validated graph with all the
 * shape's focus nodes, instead of once per focus node, which gives the same results at a fraction of the cost.
 */
public final class ProfileValidator {
    /** The shapes that travel inside the jar (copied there from {@code shapes/} at build time). */
    public static final String BUNDLED_SHAPES = "publod/shapes/publod-shapes.ttl";

    private final Shapes shapes;
    private final List<Shape> focusByFocus = new ArrayList<>();
    private final List<FocusBatchedSparqlCheck> batched = new ArrayList<>();
    private final FocusNodes focus;

    private ProfileValidator(Shapes shapes) {
        this.shapes = shapes;
        this.focus = new FocusNodes(shapes.getTargetShapes());
        for (Shape shape : shapes.getTargetShapes()) {
            if (shape.deactivated()) {
                continue;
            }
            if (FocusBatchedSparqlCheck.applies(shape)) {
                batched.add(new FocusBatchedSparqlCheck((NodeShape) shape));
            } else {
                focusByFocus.add(shape);
            }
        }
    }

    /** The profile's own shapes. */
    public static ProfileValidator bundled() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ProfileValidator.class.getClassLoader().getResourceAsStream(BUNDLED_SHAPES)) {
            if (in == null) {
                throw new PublodException(ErrorCode.INTERNAL, "the bundled shapes " + BUNDLED_SHAPES + " are missing");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (java.io.IOException e) {
            throw new PublodException(ErrorCode.INTERNAL, "cannot read the bundled shapes", e);
        }
        return new ProfileValidator(Shapes.parse(graph));
    }

    /** Shapes from files, such as a copy of {@code shapes/} edited by the user. */
    public static ProfileValidator fromFiles(List<Path> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        files.forEach(file -> RDFParser.source(file).parse(graph));
        return new ProfileValidator(Shapes.parse(graph));
    }

    /** Shapes from a graph already read, for tests that write shapes of their own. */
    static ProfileValidator of(Graph shapesGraph) {
        return new ProfileValidator(Shapes.parse(shapesGraph));
    }

    /** The standard SHACL validation report of {@code data}: the same results as Jena SHACL's own validator. */
    public ValidationReport report(Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Shape shape : focusByFocus) {
            Collection<Node> focusNodes = focus.of(data, shape);
            for (Node focusNode : focusNodes) {
                VLib.validateShape(context, data, shape, focusNode);
            }
        }
        for (FocusBatchedSparqlCheck check : batched) {
            check.validate(context, data, focus);
        }
        return context.generateReport();
    }

    /** Every result, blocking or not, and the standard SHACL validation report. */
    public ValidationOutcome validate(Graph data) {
        ValidationReport report = report(data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(text(entry.focusNode()),
                    entry.resultPath() == null ? ""
                            : entry.resultPath().toString(new Prologue(PrefixMappings.STANDARD)),
                    ShLib.displayStr(entry.sourceConstraintComponent()),
                    entry.severity() == Severity.Violation,
                    entry.message() == null ? "" : entry.message(),
                    Optional.ofNullable(entry.value()).map(ProfileValidator::text)));
        }
        return new ValidationOutcome(violations, report.getGraph());
    }

    private static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
