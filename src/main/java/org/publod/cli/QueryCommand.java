package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;
import org.publod.vocab.PrefixMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod query}: SPARQL over the store, the union of all reports as the default graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the store; the default graph is the union of all reports' graphs. "
                + "The publod prefixes (schema:, fabio:, pro:, ...) are predefined.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json for SELECT and ASK; CONSTRUCT and DESCRIBE give Turtle "
                    + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "QUERY", description = "The query text, or @FILE.rq to read it from a file.")
    String queryArgument;

    @Override
    public Integer call() throws IOException {
        Query query = SparqlQueries.parse(queryText());
        PrintWriter writer = spec.commandLine().getOut();
        try (PublodStore target = store.open(); RDFConnection connection = target.connect();
             OutputStream out = textOutput(writer)) {
            if (query.isSelectType()) {
                connection.queryResultSet(query, results -> write(results, out));
            } else if (query.isAskType()) {
                writer.println(connection.queryAsk(query));
            } else {
                RDFDataMgr.write(out, query.isConstructType() ? connection.queryConstruct(query)
                        : connection.queryDescribe(query), Lang.TURTLE);
            }
        }
        writer.flush();
        return ExitCodes.OK;
    }

    /** The command's writer as a byte stream, for Jena's formatters; closing it leaves the writer open. */
    private static OutputStream textOutput(PrintWriter writer) throws IOException {
        return WriterOutputStream.builder().setWriter(CloseShieldWriter.wrap(writer))
                .setCharset(StandardCharsets.UTF_8).get();
    }

    private void write(ResultSet results, OutputStream out) {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "table" -> ResultSetFormatter.out(out, results, PrefixMappings.STANDARD);
            case "csv" -> ResultSetFormatter.outputAsCSV(out, results);
            case "tsv" -> ResultSetFormatter.outputAsTSV(out, results);
            case "json" -> ResultSetFormatter.outputAsJSON(out, results);
            default -> throw new PublodException(ErrorCode.INPUT, "unknown result format \"" + format
                    + "\"; use table, csv, tsv or json");
        }
    }

    private String queryText() {
        if (!queryArgument.startsWith("@")) {
            return queryArgument;
        }
        Path file = Path.of(queryArgument.substring(1));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, file + ": cannot read the query (" + e.getMessage() + ")", e);
        }
    }
}
