package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.publod.PublodException;
import org.publod.link.Curation;
import org.publod.link.Evaluation;
import org.publod.link.LinkOutcome;
import org.publod.link.Linker;
import org.publod.pipeline.DatasetDescriptionFormat;
import org.publod.pipeline.LinkingPipeline;
import org.publod.pipeline.RdfFileSink;
import org.publod.store.PublodStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How linking runs, for {@code publod link} and {@code publod publish --link} alike; and the run itself. */
final class LinkOptions {
    @Mixin
    SourceOptions sources;

    @Option(names = "--decisions", paramLabel = "CSV",
            description = "A curator's decisions (a review file with accept/reject filled in); always applied.")
    Path decisions;

    @Option(names = "--review", paramLabel = "CSV", defaultValue = "review.csv",
            description = "Where to write the uncertain candidates (default: ${DEFAULT-VALUE}).")
    Path review;

    @Option(names = "--evaluate", paramLabel = "GOLD",
            description = "Also print precision, recall and F1 against the gold standard GOLD (CSV).")
    Path gold;

    /**
     * Links what {@code store} holds: into the store (its linkset graph, and the persons applied to its report
     * graphs), or, given {@code output}, into that TriG file only.
     */
    void link(PublodStore store, DatasetDescriptionFormat description, Path output, PrintWriter out,
              PrintWriter err) {
        if (decisions != null && sameFile(decisions, review)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--decisions and --review name one file, "
                    + review + ": this run would overwrite the curator's decisions with new candidates; "
                    + "give --review another file");
        }
        try (SourceOptions.Opened opened = sources.open()) {
            Linker linker = new Linker(opened.index(), opened.records(), sources.registry(), opened.orcids(),
                    decisions == null ? Curation.none() : Curation.read(decisions), Linker.Thresholds.DEFAULT);
            LinkingPipeline pipeline = new LinkingPipeline(description);
            LinkingPipeline.LinkRun run = output == null ? pipeline.run(store, linker)
                    : toFile(pipeline, store, linker, output);
            LinkOutcome outcome = run.outcome();
            Curation.writeReview(review, outcome.review());
            outcome.problems().forEach(err::println);
            outcome.notes().forEach(out::println);
            out.printf("linked %d of %d publications to dblp; %d persons hold their %d authorships, %d of them "
                    + "linked to dblp or ORCID (%d links), %d authorships change holder; %d names learned; "
                    + "%d candidates for review in %s; %d triples in <%s>%n",
                    outcome.linkset().publications().size(), run.works().size(), outcome.linkset().persons().size(),
                    run.works().stream().mapToInt(work -> work.authors().size()).sum(),
                    outcome.linkset().personLinks().stream().map(link -> link.person()).distinct().count(),
                    outcome.linkset().personLinks().size(), run.authorshipsMoved(),
                    outcome.linkset().names().size(), outcome.review().size(), review, run.triples(), run.graphIri());
            if (gold != null) {
                Evaluation.Result result = Evaluation.evaluate(outcome, run.works(), gold);
                out.println(result.publications());
                out.println(result.authorships());
            }
        }
    }

    private static LinkingPipeline.LinkRun toFile(LinkingPipeline pipeline, PublodStore store, Linker linker,
                                                  Path output) {
        try (OutputStream stream = Files.newOutputStream(output)) {
            return pipeline.run(store, linker, new RdfFileSink(stream, RdfFileSink.Format.TRIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
