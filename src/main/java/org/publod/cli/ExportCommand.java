package org.publod.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.serve.CitationExport;
import org.publod.serve.CitationFormat;
import org.publod.store.PublodStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod export}: the store's publications as a bibliography, in BibTeX, RIS or CSL-JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store's publications as a bibliography (BibTeX, RIS or CSL-JSON): all of them, "
                + "one person's, or those a SELECT query names. Prints how many it wrote to standard error.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "bibtex, ris or csl (CSL-JSON).")
    String format;

    @ArgGroup(exclusive = true)
    Selection selection = new Selection();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    /** Which publications: all by default. */
    static final class Selection {
        @Option(names = "--person", paramLabel = "IRI", description = "Only this person's publications.")
        String person;

        @Option(names = "--query", paramLabel = "FILE.rq",
                description = "Only the publications a SPARQL SELECT query names: the first column of its result "
                        + "that holds publication IRIs, in the result's order.")
        Path query;
    }

    @Override
    public Integer call() {
        CitationFormat citationFormat = CitationFormat.named(format).orElseThrow(() -> new PublodException(
                ErrorCode.INPUT, "--format " + format + ": not a citation format; use " + Arrays.stream(
                        CitationFormat.values()).map(CitationFormat::formatName).collect(Collectors.joining(", "))));
        String queryText = selection.query == null ? null : read(selection.query);
        int written;
        try (PublodStore target = store.open(); RDFConnection connection = target.connect(); Writer out = open()) {
            CitationExport export = CitationExport.over(connection);
            if (selection.person != null) {
                written = export.person(selection.person, citationFormat, out);
            } else if (queryText != null) {
                written = export.query(selection.query.toString(), queryText, citationFormat, out);
            } else {
                written = export.all(citationFormat, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getErr().println("exported " + written + " publications as " + citationFormat.formatName()
                + (output == null ? "" : " to " + output));
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, file + ": cannot read the query (" + e.getMessage() + ")", e);
        }
    }

    /** The output: the file, or the command's writer (which closing leaves open). */
    private Writer open() {
        if (output == null) {
            return CloseShieldWriter.wrap(spec.commandLine().getOut());
        }
        try {
            return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, output + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
