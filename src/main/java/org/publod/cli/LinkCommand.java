package org.publod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.link.DblpIndex;
import org.publod.pipeline.DatasetDescriptionFormat;
import org.publod.pipeline.LinkingPipeline;
import org.publod.store.PublodStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod link}: links the publications and people a store holds to dblp and ORCID. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the publications the store holds to dblp records, and decides who holds each "
                + "authorship (dblp persons, ORCID iDs); writes the links into the linkset graph, the persons into "
                + "the report graphs, and the uncertain candidates to a review file.",
        subcommands = LinkIndexCommand.class)
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    LinkOptions linking;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The base the reports were published under; needed only when the store holds several.")
    String base;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the linkset graph to FILE (TriG) and leave the store unchanged.")
    Path output;

    /** Reports are no longer read here; kept so that an old command line gets a message saying what to do. */
    @Parameters(paramLabel = "REPORT", arity = "0..*", hidden = true)
    List<Path> reports = List.of();

    @Override
    public Integer call() {
        if (!reports.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "link reads what the store holds, not report files: "
                    + "publish them first (publod publish " + reports.get(0) + " ...), or publish and link in one "
                    + "run with publod publish --link");
        }
        try (PublodStore target = store.open()) {
            linking.link(target, description(target), output, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        return ExitCodes.OK;
    }

    /** The description of the store's one base (or {@code --base}): linking needs no other publish option. */
    private DatasetDescriptionFormat description(PublodStore target) {
        List<String> bases = LinkingPipeline.publishedBases(target);
        if (base == null && bases.isEmpty()) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "the store holds no published report: "
                    + "publish first (publod publish REPORT...)");
        }
        if (base == null && bases.size() > 1) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "the store holds reports published under "
                    + String.join(", ", bases) + ": choose one with --base");
        }
        String chosen = base != null ? base : bases.get(0);
        return DescribeCommand.description(chosen);
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
