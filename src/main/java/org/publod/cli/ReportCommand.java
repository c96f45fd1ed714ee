package org.publod.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.publod.PublodException;
import org.publod.serve.QualityReport;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod report}: the quality report of the store as one HTML file, the page serve shows at /quality. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the quality report as HTML (the page `serve` shows at /quality): the entries the last "
                + "publication of each report rejected, with their reasons (file:line), warnings by kind, persons "
                + "without an ORCID iD or a dblp person, the review queue of `link` (with --review), and "
                + "publications and link coverage per year, with charts drawn as SVG."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--review", paramLabel = "CSV",
            description = "The review file `publod link` wrote (decision,kind,subject,target,score,method,evidence):"
                    + " its candidates without a decision are listed.")
    Path review;

    @Option(names = "--base", paramLabel = "IRI",
            description = "The base the store's IRIs were published under, which the report's links use "
                    + "(default: the store's own, else " + MappingOptions.DEFAULT_BASE + ").")
    String base;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "quality.html",
            description = "Where to write the report (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        if (review != null && !Files.isRegularFile(review)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "--review: no such file: " + review);
        }
        try (PublodStore target = store.open()) {
            if (!(target instanceof Tdb2Store tdb2)) {
                throw new PublodException(PublodException.ErrorCode.INPUT,
                        "the quality report reads the embedded store (--store), not a SPARQL store");
            }
            List<String> published = SparqlServer.publishedBases(tdb2.dataset());
            String publicBase = base != null ? base
                    : published.size() == 1 ? published.get(0) : MappingOptions.DEFAULT_BASE;
            String html = QualityReport.html(tdb2.dataset(), publicBase, Optional.ofNullable(review));
            Files.writeString(output, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot write " + output + ": "
                    + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("quality report written to " + output);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
