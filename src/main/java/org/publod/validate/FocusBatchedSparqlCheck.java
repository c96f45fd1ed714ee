package org.publod.validate;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * A node shape's SPARQL-based constraints (SHACL 5.3), evaluated once per data graph for all of the shape's focus
 * nodes at once. SHACL 5.3.1 pre-binds {@code $this} to one focus node per execution, which amounts to evaluating
 * the query with {@code $this} replaced by that node; here the query runs once with {@code $this} free and keeps
 * the solutions whose {@code $this} is a focus node. The query's algebra is compiled and optimised once, not per
 * execution, and shared by the threads that validate (algebra is immutable).
 *
 * <p>When the two agree. Write {@code P[c]} for the pattern with {@code $this} replaced by the focus node
 * {@code c}, and {@code sel_c(P)} for the solutions of {@code P} that bind {@code $this} to {@code c}. Batching is
 * sound when {@code eval(P[c])}, each solution extended with {@code $this = c}, equals {@code sel_c(eval(P))}.
 * Call such a pattern <em>anchored</em>; {@link #anchored} proves it bottom-up over the compiled algebra (SPARQL
 * 1.1 section 18.2), and a pattern that does not mention {@code $this} at all is <em>free</em> of it:
 * <ul>
 *   <li>a basic graph pattern or property path with {@code $this} in one of its triples is anchored: every
 *       solution binds it, and matching with a constant is selecting on the variable;</li>
 *   <li>{@code Join(A, B)} (and a sequence) is anchored when one side is anchored and every side is anchored or
 *       free: the free side's solutions do not bind {@code $this}, so selecting commutes with the join;</li>
 *   <li>{@code LeftJoin(A, B, expr)} (OPTIONAL) is anchored when {@code A} is anchored and {@code B} is anchored
 *       or free: every left solution already carries {@code $this = c}, so the optional part and its condition
 *       see the same value either way;</li>
 *   <li>{@code Filter(expr, A)} and {@code Extend(A, var, expr)} (FILTER, BIND) are anchored when {@code A} is:
 *       the expression is evaluated on solutions that already bind {@code $this}, including inside EXISTS,
 *       which substitutes the solution's bindings into its pattern (SPARQL 1.1 section 18.6);</li>
 *   <li>{@code Union(A, B)} is anchored when both branches are; DISTINCT, REDUCED, ORDER BY and a projection
 *       that keeps {@code $this} keep the property.</li>
 * </ul>
 * Anything else is not batched: an OPTIONAL or a BIND that uses {@code $this} before the pattern that binds it
 * (its left side is the empty group, which does not bind {@code $this}: an OPTIONAL then matches any node and a
 * BIND sees an unbound variable), a FILTER NOT EXISTS alone, a UNION branch without {@code $this}, MINUS,
 * SERVICE, sub-queries, GROUP BY, LIMIT and OFFSET, a VALUES clause after the query, and the other pre-bound
 * variables ({@code $currentShape}, {@code $shapesGraph}). Those constraints are left to Jena's per-focus-node
 * evaluation (see {@link #applies}).
 *
 * <p>The results go into the same validation report with the same fields (focus node, path, value, message,
 * severity, source shape and constraint) that Jena SHACL gives them; {@code BatchedValidationTest} runs every
 * shape both ways.
 */
final class FocusBatchedSparqlCheck {
    private static final Var THIS = Var.alloc("this");
    private static final Var PATH = Var.alloc("path");
    private static final Var VALUE = Var.alloc("value");
    /** {@code ?this} as the algebra prints it, not followed by more of a longer name. */
    private static final Pattern MENTIONS_THIS = Pattern.compile("\\?this(?![\\w\\-])");
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
        return query.isSelectType() && (query.isQueryResultStar() || query.getProjectVars().contains(THIS))
                && !query.hasAggregators() && !query.hasGroupBy() && !query.hasHaving() && !query.hasLimit()
                && !query.hasOffset() && !query.hasValues()
                && PatternVars.vars(query.getQueryPattern()).stream().noneMatch(OTHER_PRE_BOUND::contains)
                && anchored(withoutModifiers(Algebra.compile(query)));
    }

    /** The pattern under the query's own DISTINCT, REDUCED, ORDER BY and projection (which keeps $this). */
    private static Op withoutModifiers(Op op) {
        Op pattern = op;
        while (pattern instanceof OpProject || pattern instanceof OpDistinct || pattern instanceof OpReduced
                || pattern instanceof OpOrder) {
            pattern = ((Op1) pattern).getSubOp();
        }
        return pattern;
    }

    /**
     * Whether every solution of {@code op} binds {@code $this} and selecting them on a focus node gives what
     * pre-binding it would (the rules in the class comment).
     */
    static boolean anchored(Op op) {
        if (op instanceof OpBGP bgp) {
            return bgp.getPattern().getList().stream().anyMatch(FocusBatchedSparqlCheck::mentionsThis);
        }
        if (op instanceof OpTriple triple) {
            return mentionsThis(triple.getTriple());
        }
        if (op instanceof OpPath path) {
            return THIS.equals(path.getTriplePath().getSubject()) || THIS.equals(path.getTriplePath().getObject());
        }
        if (op instanceof OpJoin || op instanceof OpSequence) {
            List<Op> parts = op instanceof OpJoin join ? List.of(join.getLeft(), join.getRight())
                    : ((OpSequence) op).getElements();
            return parts.stream().anyMatch(FocusBatchedSparqlCheck::anchored)
                    && parts.stream().allMatch(part -> anchored(part) || isFree(part));
        }
        if (op instanceof OpLeftJoin leftJoin) {
            return anchored(leftJoin.getLeft()) && (anchored(leftJoin.getRight()) || isFree(leftJoin.getRight()));
        }
        if (op instanceof OpUnion union) {
            return anchored(union.getLeft()) && anchored(union.getRight());
        }
        if (op instanceof OpFilter filter) {
            return anchored(filter.getSubOp());
        }
        if (op instanceof OpExtend extend) {
            return anchored(extend.getSubOp());
        }
        return false;
    }

    private static boolean mentionsThis(Triple triple) {
        return THIS.equals(triple.getSubject()) || THIS.equals(triple.getPredicate())
                || THIS.equals(triple.getObject());
    }

    /**
     * Whether {@code op} does not mention {@code $this} anywhere, expressions and EXISTS included, and holds no
     * sub-query, MINUS or SERVICE (whose scoping pre-binding may reach into). Read from the algebra's printed
     * form, which names every variable: a false "mentions" only costs batching.
     */
    private static boolean isFree(Op op) {
        boolean[] nested = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpProject sub) {
                nested[0] = true;
            }

            @Override
            public void visit(OpService service) {
                nested[0] = true;
            }

            @Override
            public void visit(OpMinus minus) {
                nested[0] = true;
            }
        });
        if (nested[0]) {
            return false;
        }
        return !MENTIONS_THIS.matcher(op.toString()).find();
    }

    /** Adds to {@code context} a result for every solution of every constraint, over all focus nodes of the shape. */
    void validate(ValidationContext context, Graph data, FocusNodes focus) {
        Set<Node> focusNodes = focus.of(data, shape);
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
            message = message.replaceAll("\\{[?$]" + Pattern.quote(var.getVarName()) + "\\}",
                    Matcher.quoteReplacement(text));
        }
        return message;
    }
}
