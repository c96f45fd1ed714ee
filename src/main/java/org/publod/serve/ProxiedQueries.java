package org.publod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only SPARQL 1.1 Protocol endpoint of a served remote store: each query (GET, POST form or
 * {@code application/sparql-query}) is parsed, given the server's result limit as the embedded endpoint does
 * ({@link LimitedQueries}), and sent on through the store's connection, which waits for it at most the store's
 * timeout; the answer comes back in the format the client accepts. Updates are not queries and are refused.
 */
final class ProxiedQueries extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ProxiedQueries.class);
    private static final Map<String, Lang> RESULT_TYPES = Map.of(
            "application/sparql-results+json", ResultSetLang.RS_JSON,
            "application/json", ResultSetLang.RS_JSON,
            "application/sparql-results+xml", ResultSetLang.RS_XML,
            "text/csv", ResultSetLang.RS_CSV,
            "text/tab-separated-values", ResultSetLang.RS_TSV);
    private static final List<String> RESULT_ORDER = List.of("application/sparql-results+json", "application/json",
            "application/sparql-results+xml", "text/csv", "text/tab-separated-values");

    private final transient Supplier<RDFConnection> connections;
    private final long resultLimit;

    ProxiedQueries(Supplier<RDFConnection> connections, long resultLimit) {
        this.connections = connections;
        this.resultLimit = resultLimit;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request.getParameter("query"), request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("application/sparql-query")) {
            answer(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8), request, response);
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            answer(request.getParameter("query"), request, response);
        } else {
            Responses.text(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "415: send a query as "
                    + "application/sparql-query or as a form field \"query\"; this endpoint takes no updates\n");
        }
    }

    private void answer(String text, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (text == null || text.isBlank()) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "400: no query (parameter \"query\")\n");
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "400: the query is not valid SPARQL: "
                    + e.getMessage() + "\n");
            return;
        }
        String[] defaultGraphs = request.getParameterValues("default-graph-uri");
        String[] namedGraphs = request.getParameterValues("named-graph-uri");
        for (String graph : defaultGraphs == null ? new String[0] : defaultGraphs) {
            query.addGraphURI(graph);
        }
        for (String graph : namedGraphs == null ? new String[0] : namedGraphs) {
            query.addNamedGraphURI(graph);
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit);
        }
        AcceptHeader accept = AcceptHeader.parse(request.getHeader("Accept"));
        try (RDFConnection connection = connections.get()) {
            if (query.isSelectType() || query.isAskType()) {
                String type = accept.chooseType(RESULT_ORDER).orElse(RESULT_ORDER.get(0));
                Lang lang = RESULT_TYPES.get(type);
                if (query.isAskType()) {
                    boolean answer = connection.queryAsk(query);
                    response.setContentType(contentType(type));
                    ResultsWriter.create().lang(lang).write(response.getOutputStream(), answer);
                } else {
                    connection.queryResultSet(query, results -> {
                        response.setContentType(contentType(type));
                        ResultSetMgr.write(output(response), results, lang);
                    });
                }
            } else if (query.isConstructType() || query.isDescribeType()) {
                Model model = query.isConstructType() ? connection.queryConstruct(query)
                        : connection.queryDescribe(query);
                MediaFormat format = accept.choose(MediaFormat.RDF).orElse(MediaFormat.TURTLE);
                response.setContentType(format.contentType());
                RDFDataMgr.write(response.getOutputStream(), model, format.lang().orElseThrow());
            } else {
                Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "400: not a query this endpoint "
                        + "answers\n");
            }
        } catch (RuntimeException e) {
            // The message names the store's own address, which is not the public's business: it goes to the log.
            LOG.warn("SPARQL query to the store failed: {}", e.getMessage());
            if (!response.isCommitted()) {
                response.reset();
                Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503: the store did not "
                        + "answer the query in time, or refused it\n");
            }
        }
    }

    private static String contentType(String mediaType) {
        return mediaType.startsWith("text/") ? mediaType + "; charset=utf-8" : mediaType;
    }

    private static OutputStream output(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
