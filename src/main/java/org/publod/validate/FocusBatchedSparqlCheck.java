package org.publod.validate;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * A node shape's SPARQL-based constraints (SHACL 5.3), evaluated once per data graph for all of the shape's focus
 * nodes at once. SHACL pre-binds {@code $this} to one focus node per execution; here the query runs once with
 * {@code $this} free and keeps the solutions whose {@code $this} is a focus node. When a triple pattern binds
 * {@code $this} in every solution (see {@link #bindsThis}), and the query projects it and neither aggregates,
 * limits, nests queries nor uses MINUS or SERVICE, the two give the same solutions; every other query is left to
 * Jena's per-focus-node evaluation (see {@link #applies}). The query's algebra is compiled and optimised once, not
 * per execution, and shared by the threads that validate (algebra is immutable).
 *
 * <p>The results go into the same validation report with the same fields (focus node, path, value, message,
 * severity, source shape and constraint) that Jena SHACL gives them; {@code BatchedValidationTest} holds the two
 * side by side.
 */
final class FocusBatchedSparqlCheck {
    private static final Var THIS = Var.alloc("this");
    private static final Var PATH = Var.alloc("path");
    private static final Var VALUE = Var.alloc("value");
    /** Variables SHACL pre-binds besides {@code $this}; a query that uses them is not batched. */
    private static final List<Var> OTHER_PRE_BOUND = List.of(Var.alloc("currentShape"), Var.alloc("shapesGraph"),
            Var.alloc("PATH"));

    private final NodeShape shape;
    private final List<Compiled> constraints;

    private record Compiled(SparqlConstraint constraint, Op plan) {
        Compiled(SparqlConstraint constraint) {
            this(constraint, Algebra.optimize(Algebra.compile(constraint.getQuery())));
        }
    }

    FocusBatchedSparqlCheck(NodeShape shape) {
        if (!applies(shape)) {
            throw new IllegalArgumentException(shape + " cannot be checked in one query per graph");
        }
        this.shape = shape;
        this.constraints = shape.getConstraints().stream().map(SparqlConstraint.class::cast).map(Compiled::new)
                .toList();
    }

    /** Whether every constraint of {@code shape} is a SPARQL SELECT that gives the same results when batched. */
    static boolean applies(Shape shape) {
        return shape instanceof NodeShape && shape.getPropertyShapes().isEmpty() && !shape.getConstraints().isEmpty()
                && shape.getConstraints().stream().allMatch(FocusBatchedSparqlCheck::batchable);
    }

    private static boolean batchable(Constraint constraint) {
        if (!(constraint instanceof SparqlConstraint sparql)) {
            return false;
        }
        Query query = sparql.getQuery();
        return query.isSelectType() && query.getQueryPattern() instanceof ElementGroup group
                && bindsThis(group) && (query.isQueryResultStar() || query.getProjectVars().contains(THIS))
                && !query.hasAggregators() && !query.hasGroupBy() && !query.hasHaving() && !query.hasLimit()
                && !query.hasOffset() && !query.hasValues()
                && PatternVars.vars(query.getQueryPattern()).stream().noneMatch(OTHER_PRE_BOUND::contains)
                && isFlat(query.getQueryPattern());
    }

    /**
     * Whether every solution of {@code element} binds $this through a triple pattern: one directly in a group (not
     * in an OPTIONAL, FILTER or EXISTS), or one in every branch of a UNION in that group.
     */
    private static boolean bindsThis(Element element) {
        if (element instanceof ElementPathBlock block) {
            return block.getPattern().getList().stream()
                    .anyMatch(pattern -> THIS.equals(pattern.getSubject()) || THIS.equals(pattern.getObject()));
        }
        if (element instanceof ElementGroup group) {
            return group.getElements().stream().anyMatch(FocusBatchedSparqlCheck::bindsThis);
        }
        if (element instanceof ElementUnion union) {
            return union.getElements().stream().allMatch(FocusBatchedSparqlCheck::bindsThis);
        }
        return false;
    }

    /** No sub-query, MINUS or SERVICE anywhere: their variable scoping differs from pre-binding. */
    private static boolean isFlat(Element pattern) {
        boolean[] flat = {true};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery element) {
                flat[0] = false;
            }

            @Override
            public void visit(ElementMinus element) {
                flat[0] = false;
            }

            @Override
            public void visit(ElementService element) {
                flat[0] = false;
            }
        });
        return flat[0];
    }

    /** Adds to {@code context} a result for every solution of every constraint, over all focus nodes of the shape. */
    void validate(ValidationContext context, Graph data) {
        Set<Node> focusNodes = new HashSet<>(VLib.focusNodes(data, shape));
        if (focusNodes.isEmpty()) {
            return;
        }
        ExecutionContext execution = ExecutionContext.create(DatasetGraphFactory.wrap(data));
        for (Compiled compiled : constraints) {
            QueryIterator rows = QC.execute(compiled.plan(), BindingFactory.root(), execution);
            try {
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    if (focusNodes.contains(row.get(THIS))) {
                        report(context, compiled.constraint(), row);
                    }
                }
            } finally {
                rows.close();
            }
        }
    }

    private void report(ValidationContext context, SparqlConstraint constraint, Binding row) {
        Node focusNode = row.get(THIS);
        Node value = row.contains(VALUE) ? row.get(VALUE) : focusNode;
        Path path = row.contains(PATH) ? PathFactory.pathLink(row.get(PATH)) : null;
        String message = constraint.getMessage() == null
                ? "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value)
                : substitute(constraint.getMessage(), row);
        context.reportEntry(message, shape, focusNode, path, value, constraint, shape.getShapeNode());
    }

    /** Replaces each {@code {?name}} or {@code {$name}} in a message by the row's value of that variable. */
    private static String substitute(String template, Binding row) {
        String message = template;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
            Var var = vars.next();
            Node node = row.get(var);
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : ShLib.displayStr(node);
            message = message.replaceAll("\\{[?$]" + java.util.regex.Pattern.quote(var.getVarName()) + "\\}",
                    Matcher.quoteReplacement(text));
        }
        return message;
    }
}
