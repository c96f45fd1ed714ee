package org.publod.validate;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.vocab.PrefixMappings;

/** Validates RDF against the publod profile's SHACL shapes, parsed once and reused for every graph. */
public final class ProfileValidator {
    /** The shapes that travel inside the jar (copied there from {@code shapes/} at build time). */
    public static final String BUNDLED_SHAPES = "publod/shapes/publod-shapes.ttl";

    private final Shapes shapes;

    private ProfileValidator(Shapes shapes) {
        this.shapes = shapes;
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

    /** Every result, blocking or not, and the standard SHACL validation report. */
    public ValidationOutcome validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(text(entry.focusNode()),
                    entry.resultPath() == null ? "" : entry.resultPath().toString(new Prologue(PrefixMappings.STANDARD)),
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
