package org.publod.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.CloseShieldWriter;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;
import org.publod.vocab.PrefixMappings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
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

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask a running `publod serve` at URL (such as http://127.0.0.1:3030/) through its SPARQL "
                    + "endpoint instead of a store.")
    String serverAddress;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask this SPARQL endpoint (such as http://127.0.0.1:3030/publod/sparql) instead of a store.")
    String endpoint;

    @Parameters(paramLabel = "QUERY", description = "The query text, or @FILE.rq to read it from a file.")
    String queryArgument;

    @Override
    public Integer call() throws IOException {
        Query query = SparqlQueries.parse(queryText());
        PrintWriter writer = spec.commandLine().getOut();
        String remote = remoteEndpoint();
        try (PublodStore target = remote == null ? store.open() : null;
             RDFConnection connection = remote == null ? target.connect() : RDFConnection.queryConnect(remote);
             OutputStream out = textOutput(writer)) {
            ask(query, connection, writer, out);
        } catch (HttpException | QueryExceptionHTTP e) {
            throw new PublodException(ErrorCode.STORE, remoteFailure(remote, e), e);
        }
        writer.flush();
        return ExitCodes.OK;
    }

    /** The endpoint named by --server or --endpoint; null for the store. */
    private String remoteEndpoint() {
        ParseResult parsed = spec.commandLine().getParseResult();
        if (serverAddress != null || endpoint != null) {
            for (String local : List.of("--store", "--sparql-store")) {
                if (parsed.hasMatchedOption(local)) {
                    throw new PublodException(ErrorCode.INPUT, local + " cannot be used with --server or --endpoint");
                }
            }
        }
        if (serverAddress != null && endpoint != null) {
            throw new PublodException(ErrorCode.INPUT, "name --server or --endpoint, not both");
        }
        return serverAddress != null ? new ServerClient(serverAddress).sparqlEndpoint() : endpoint;
    }

    private static String remoteFailure(String endpoint, RuntimeException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ConnectException) {
                return "cannot connect to " + endpoint + " (connection refused); is `publod serve` running there?";
            }
            cause = cause.getCause();
        }
        int status = e instanceof QueryExceptionHTTP http ? http.getStatusCode()
                : e instanceof HttpException http ? http.getStatusCode() : -1;
        String message = e instanceof QueryExceptionHTTP http && http.getResponse() != null ? http.getResponse()
                : e.getMessage();
        return endpoint + " could not answer the query (" + (status > 0 ? status + ": " : "")
                + (message == null ? e.toString() : message.strip()) + ")";
    }

    private void ask(Query query, RDFConnection connection, PrintWriter writer, OutputStream out) {
        if (query.isSelectType()) {
            connection.queryResultSet(query, results -> write(results, out));
        } else if (query.isAskType()) {
            writer.println(connection.queryAsk(query));
        } else {
            RDFDataMgr.write(out, query.isConstructType() ? connection.queryConstruct(query)
                    : connection.queryDescribe(query), Lang.TURTLE);
        }
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
