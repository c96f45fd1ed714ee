package org.publod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.publod.link.DblpIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod link index}: builds the dblp reference index from a dblp RDF dump. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Streams a dblp RDF dump (N-Triples or Turtle, optionally .gz) into the dblp index in DIR.")
final class LinkIndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dblp", paramLabel = "FILE", required = true, description = "The dblp RDF dump.")
    Path dump;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "Where to build the index.")
    Path index;

    @Override
    public Integer call() {
        RunReportPrinter progress = new RunReportPrinter(spec.commandLine().getErr(), spec.commandLine().getErr());
        String name = dump.getFileName().toString();
        DblpIndexer.Summary summary = DblpIndexer.index(dump, index, records -> progress.entryRead(name, records));
        spec.commandLine().getOut().printf("%s: %,d records, %,d person facts, %,d bad ORCID iDs left out, "
                + "in %.1f s%n", name, summary.records(), summary.personFacts(), summary.badOrcids(),
                summary.elapsed().toMillis() / 1000.0);
        return ExitCodes.OK;
    }
}
