package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.link.Curation;
import org.publod.link.DblpIndex;
import org.publod.link.Evaluation;
import org.publod.link.LinkOutcome;
import org.publod.link.Linker;
import org.publod.link.OrcidRegistry;
import org.publod.pipeline.LinkingPipeline;
import org.publod.pipeline.RdfFileSink;
import org.publod.pipeline.StoreSink;
import org.publod.store.PublodStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod link}: links the reports' publications and people to dblp and ORCID. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the publications and authors of REPORTs to dblp records, dblp persons and ORCID iDs, "
                + "writes the links into the linkset graph and the uncertain candidates to a review file.",
        subcommands = LinkIndexCommand.class)
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MappingOptions mapping;

    @Mixin
    StoreOptions store;

    @Mixin
    SourceOptions sources;

    @Option(names = "--decisions", paramLabel = "CSV",
            description = "A curator's decisions (a review file with accept/reject filled in); always applied.")
    Path decisions;

    @Option(names = "--review", paramLabel = "CSV", defaultValue = "review.csv",
            description = "Where to write the uncertain candidates (default: ${DEFAULT-VALUE}).")
    Path review;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the linkset graph to FILE (TriG) instead of loading it into the store.")
    Path output;

    @Option(names = "--evaluate", paramLabel = "GOLD",
            description = "Also print precision, recall and F1 against the gold standard GOLD (CSV).")
    Path gold;

    /** Optional for picocli, so that the subcommands run without reports; {@link #call()} requires them. */
    @Parameters(paramLabel = "REPORT", arity = "0..*", description = "The report files whose entries to link.")
    List<Path> reports = List.of();

    @Override
    public Integer call() {
        if (reports.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'REPORT'");
        }
        if (decisions != null && sameFile(decisions, review)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--decisions and --review name one file, "
                    + review + ": this run would overwrite the curator's decisions with new candidates; "
                    + "give --review another file");
        }
        PrintWriter out = spec.commandLine().getOut();
        OrcidRegistry registry = sources.registry();
        try (SourceOptions.Opened opened = sources.open()) {
            Linker linker = new Linker(opened.index(), opened.records(), registry, opened.orcids(),
                    decisions == null ? Curation.none() : Curation.read(decisions), Linker.Thresholds.DEFAULT);
            LinkingPipeline pipeline = new LinkingPipeline(mapping.settings());
            LinkingPipeline.LinkRun run = output != null ? toFile(pipeline, linker) : toStore(pipeline, linker);
            LinkOutcome outcome = run.outcome();
            Curation.writeReview(review, outcome.review());
            outcome.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            outcome.notes().forEach(out::println);
            out.printf("linked %d publications to dblp and %d person links (dblp, ORCID); %d names learned; "
                    + "%d candidates for review in %s; %d triples in <%s>%n",
                    outcome.linkset().publications().size(), outcome.linkset().persons().size(),
                    outcome.linkset().names().size(), outcome.review().size(), review, run.triples(),
                    run.graphIri());
            if (gold != null) {
                Evaluation.Result result = Evaluation.evaluate(outcome.linkset(), gold);
                out.println(result.publications());
                out.println(result.persons());
            }
        }
        return ExitCodes.OK;
    }

    private LinkingPipeline.LinkRun toFile(LinkingPipeline pipeline, Linker linker) {
        try (OutputStream stream = Files.newOutputStream(output)) {
            return pipeline.run(reports, linker, new RdfFileSink(stream, RdfFileSink.Format.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LinkingPipeline.LinkRun toStore(LinkingPipeline pipeline, Linker linker) {
        try (PublodStore target = store.open()) {
            return pipeline.run(reports, linker, StoreSink.publishing(target, DescribeCommand.description(mapping)));
        }
    }

    /** Whether two paths name one file, also through links or when written differently. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<DblpIndex> index(Path directory) {
        if (directory == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(directory)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "no dblp index directory " + directory);
        }
        return Optional.of(DblpIndex.open(directory));
    }
}
