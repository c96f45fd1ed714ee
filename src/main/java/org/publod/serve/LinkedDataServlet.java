package org.publod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.PublodException;
import org.publod.vocab.VOID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Linked Data front end: every request path that is not the SPARQL endpoint. A resource IRI answers 303 See
 * Other to its document under {@code doc/}; a document is negotiated by {@code ?format=} or {@code Accept}. An IRI
 * publod published before and has replaced answers 301 Moved Permanently to the current one.
 * The site's own pages ({@code /}, {@code search}, {@code sparql}, {@code quality}), the SPARQL editor's
 * {@code assets/} and discovery files ({@code robots.txt}, {@code sitemap.xml}, {@code .well-known/void},
 * {@code health}) live at paths publod never mints. Documents carry
 * an ETag and Last-Modified made from the store's version and answer 304 when the client's copy is current.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    /** The most rows of a query that {@code cite} reads publications from. */
    static final long CITED = 1_000;
    private static final String SITEMAP_TYPE = "application/xml; charset=utf-8";
    /** How long a request waits for its turn before it is answered 503. */
    private static final Duration ADMISSION_WAIT = Duration.ofSeconds(30);
    /** Where the sitemaps of the sitemap index are: {@code sitemap/1.xml}, ... */
    private static final String SITEMAPS = "sitemap/";

    /**
     * Pages rendered at once: two per core. More would only share the cores among more requests and make every one
     * of them slow; the others wait in arrival order (a fair semaphore). With 32 clients on two cores this nearly
     * doubled the person page's and the search's throughput (docs/BENCHMARKS.md, serving).
     */
    private final transient Semaphore rendering = new Semaphore(2 * Runtime.getRuntime().availableProcessors(), true);
    private final transient FrontEnd frontEnd;

    LinkedDataServlet(FrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        boolean admitted = false;
        try {
            admitted = rendering.tryAcquire(ADMISSION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!admitted) {
                response.setHeader("Retry-After", "5");
                Responses.text(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503: too many requests at "
                        + "once; try again in a few seconds");
                return;
            }
            route(path.substring(Math.min(1, path.length())), request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("cannot answer {}: {}", path, e.toString(), e);
            if (!response.isCommitted()) {
                response.reset();
                Responses.text(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "500: publod could not answer this request (" + e.getMessage() + ")");
            }
        } finally {
            if (admitted) {
                rendering.release();
            }
        }
    }

    private void route(String relative, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SitePages site = frontEnd.sitePages();
        switch (relative) {
            case "" -> page(request, response, site::index);
            case "search" -> page(request, response, () -> site.search(request.getParameter("q"),
                    request.getParameter("kind"), request.getParameter("page"), request.getParameter("size")));
            case "browse" -> optionalPage(request, response, () -> site.browse(request.getParameter("year"),
                    request.getParameter("type"), request.getParameter("venue"), request.getParameter("by"),
                    request.getParameter("page"), request.getParameter("size")));
            case "sparql" -> {
                if (negotiate(request, response, List.of(MediaFormat.HTML)).isPresent()) {
                    Responses.htmlWithEditor(response, frontEnd.base(), site.sparql());
                }
            }
            case "quality" -> page(request, response, frontEnd.quality()::render);
            case "robots.txt" -> Responses.send(response, HttpServletResponse.SC_OK, Responses.TEXT, site.robots());
            case "sitemap.xml" -> Responses.send(response, HttpServletResponse.SC_OK, SITEMAP_TYPE,
                    site.sitemapIndex());
            case ".well-known/void" -> voidDescription(request, response);
            case "health" -> health(response);
            case "cite" -> citeQuery(request, response);
            default -> {
                Optional<Assets.Asset> asset = frontEnd.assets().find(relative);
                if (asset.isPresent()) {
                    response.setHeader("Cache-Control", asset.get().cacheControl());
                    Responses.send(response, HttpServletResponse.SC_OK, asset.get().contentType(),
                            asset.get().bytes());
                } else if (relative.startsWith(SITEMAPS) && relative.endsWith(".xml")) {
                    sitemap(relative.substring(SITEMAPS.length(), relative.length() - ".xml".length()), response);
                } else if (relative.startsWith(PublicBase.DOCUMENTS)) {
                    document(relative.substring(PublicBase.DOCUMENTS.length()), request, response);
                } else {
                    seeOther(relative, request, response);
                }
            }
        }
    }

    /** One sitemap of the sitemap index, {@code sitemap/N.xml}. */
    private void sitemap(String number, HttpServletResponse response) throws IOException {
        Optional<String> sitemap = frontEnd.sitePages().sitemap(number);
        if (sitemap.isPresent()) {
            Responses.send(response, HttpServletResponse.SC_OK, SITEMAP_TYPE, sitemap.get());
        } else {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: there is no sitemap "
                    + number + "; /sitemap.xml lists them");
        }
    }

    /** A page in HTML only that may not exist (a browsing page whose parameters name nothing): 404 then. */
    private void optionalPage(HttpServletRequest request, HttpServletResponse response,
                              Supplier<Optional<String>> page) throws IOException {
        if (negotiate(request, response, List.of(MediaFormat.HTML)).isPresent()) {
            Optional<String> html = page.get();
            if (html.isPresent()) {
                Responses.html(response, frontEnd.base(), html.get());
            } else {
                Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: browse by ?year=YEAR, "
                        + "?type=FABIO-CLASS, ?venue=IRI or ?by=venue");
            }
        }
    }

    /** A page that exists in HTML only. */
    private void page(HttpServletRequest request, HttpServletResponse response, Supplier<String> page)
            throws IOException {
        if (negotiate(request, response, List.of(MediaFormat.HTML)).isPresent()) {
            Responses.html(response, frontEnd.base(), page.get());
        }
    }

    /** A resource IRI: 303 to its document, keeping a {@code ?format=}; 404 when the store does not know it. */
    private void seeOther(String relative, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> found = known(relative);
        if (found.isEmpty() || !frontEnd.base().owns(found.get())) {
            notFound(response, frontEnd.base().resourceFor(relative));
            return;
        }
        String iri = found.get();
        String query = request.getQueryString();
        if (movedPermanently(iri, PublicBase::href, query, response)) {
            return;
        }
        String document = frontEnd.base().documentOf(iri) + (query == null ? "" : "?" + query);
        response.setHeader("Location", document);
        Responses.text(response, HttpServletResponse.SC_SEE_OTHER, "303 See Other: " + iri
                + " is a thing, not a document; its description is at " + document);
    }

    /** The document about {@code base + tail}. */
    private void document(String tail, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<String> found = known(tail);
        if (found.isEmpty()) {
            notFound(response, frontEnd.base().resourceFor(tail));
            return;
        }
        PublicBase base = frontEnd.base();
        if (movedPermanently(found.get(), current -> base.owns(current) ? base.documentOf(current)
                : PublicBase.href(current), request.getQueryString(), response)) {
            return;
        }
        List<MediaFormat> offered = MediaFormat.ALL;
        Optional<MediaFormat> wanted = preferred(request, MediaFormat.CITABLE);
        List<String> cited = List.of();
        if (wanted.isEmpty() || MediaFormat.CITATIONS.contains(wanted.get())) {
            cited = frontEnd.citations().citedBy(found.get());
            offered = cited.isEmpty() ? MediaFormat.ALL : MediaFormat.CITABLE;
        }
        Optional<MediaFormat> format = negotiate(request, response, offered);
        if (format.isPresent() && !notModified(request, response, version(), format.get())) {
            Optional<CitationFormat> citation = CitationFormat.of(format.get());
            if (citation.isPresent()) {
                citations(cited, citation.get(), response);
            } else if (format.get() == MediaFormat.HTML) {
                Responses.html(response, base, frontEnd.resourcePages().render(found.get(),
                        request.getParameter("page"), request.getParameter("size")));
            } else {
                answer(found.get(), frontEnd.describer().describe(found.get()), format.get(), response);
            }
        }
    }

    /**
     * {@code cite?query=SELECT...}: the citations of the publications a SELECT query's result names, in a citation
     * format chosen as for documents. The query runs with the server's timeout and at most {@link #CITED} rows.
     */
    private void citeQuery(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        String text = request.getParameter("query");
        if (text == null || text.isBlank()) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "400: give a SPARQL SELECT query whose "
                    + "result has a column of publication IRIs: cite?query=SELECT...&format=bibtex|ris|csl");
            return;
        }
        Optional<MediaFormat> format = negotiate(request, response, MediaFormat.CITATIONS);
        if (format.isEmpty()) {
            return;
        }
        Query query;
        try {
            query = CitationExport.select("the query", text);
        } catch (PublodException e) {
            Responses.text(response, HttpServletResponse.SC_BAD_REQUEST, "400: " + e.getMessage());
            return;
        }
        if (!query.hasLimit() || query.getLimit() > CITED) {
            query.setLimit(CITED);
        }
        citations(frontEnd.citations().publicationsIn(query), CitationFormat.of(format.get()).orElseThrow(), response);
    }

    /** The citations of publications, in one citation format. */
    private void citations(List<String> publications, CitationFormat format, HttpServletResponse response)
            throws IOException {
        StringWriter body = new StringWriter();
        frontEnd.citations().write(publications, format, body);
        Responses.send(response, HttpServletResponse.SC_OK, format.mediaFormat().contentType(), body.toString());
    }

    /** Sets the validators; answers 304 and says true when the client's copy is current. */
    private boolean notModified(HttpServletRequest request, HttpServletResponse response, StoreVersion version,
                                MediaFormat format) {
        if (!Validators.setAndCheck(request, response, version, format)) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        return true;
    }

    private StoreVersion version() {
        return StoreVersion.of(frontEnd.store());
    }

    /** 200 while the store answers a query, 503 when it does not: for load balancers and monitoring. */
    private void health(HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        boolean answers;
        try {
            frontEnd.store().ask("ASK { GRAPH ?graph { ?s ?p ?o } }");
            answers = true;
        } catch (RuntimeException e) {
            LOG.error("health check: the store does not answer: {}", e.toString(), e);
            answers = false;
        }
        Responses.send(response, answers ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "application/json", answers ? "{\"status\":\"up\"}\n" : "{\"status\":\"down\"}\n");
    }

    /**
     * 301 Moved Permanently for an IRI publod published before and has since replaced (its IRIs became ASCII, see
     * docs/PROFILE.md): to the current resource, or to its document when the request was for the old document.
     */
    private boolean movedPermanently(String iri, UnaryOperator<String> address, String query,
                                     HttpServletResponse response) throws IOException {
        Optional<String> current = frontEnd.describer().replacement(iri);
        if (current.isEmpty()) {
            return false;
        }
        String location = address.apply(current.get()) + (query == null ? "" : "?" + query);
        response.setHeader("Location", location);
        Responses.text(response, HttpServletResponse.SC_MOVED_PERMANENTLY, "301 Moved Permanently: " + iri
                + " is now " + current.get() + "; see " + location);
        return true;
    }

    /** The VoID description, whole, in any format; its HTML is the page of the dataset it describes. */
    private void voidDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Vary", "Accept");
        Optional<Model> description = frontEnd.siteQueries().voidGraph(frontEnd.base().iri())
                .map(frontEnd.siteQueries()::graph);
        Optional<Resource> dataset = description.flatMap(model -> model.listSubjectsWithProperty(RDF.type,
                VOID.Dataset).toList().stream().filter(Resource::isURIResource).findFirst());
        if (dataset.isEmpty()) {
            Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "404: the store has no VoID description for "
                    + frontEnd.base().iri() + " yet; `publod describe` writes it.");
            return;
        }
        Optional<MediaFormat> format = negotiate(request, response, MediaFormat.ALL);
        StoreVersion version = frontEnd.dumpPath().isPresent() ? version().variant("dump") : version();
        if (format.isPresent() && !notModified(request, response, version, format.get())) {
            frontEnd.dumpPath().ifPresent(path -> dataset.get().addProperty(VOID.dataDump,
                    description.get().createResource(frontEnd.base().iri() + path.substring(1))));
            answer(dataset.get().getURI(), description.get(), format.get(), response);
        }
    }

    /**
     * The IRI in the store that a request path stands for: its IRI form (RFC 3987 section 3.2) first, else the
     * path as sent, for an IRI that the store holds with percent-encodings of its own (publod mints them with
     * upper-case hex digits, which a client may have lower-cased).
     */
    private Optional<String> known(String relative) {
        PublicBase base = frontEnd.base();
        return Stream.of(base.resourceFor(relative), base.iri() + relative,
                        base.iri() + IriText.upperCaseEscapes(relative)).distinct()
                .filter(frontEnd.describer()::exists).findFirst();
    }

    private void answer(String iri, Model description, MediaFormat format, HttpServletResponse response)
            throws IOException {
        if (format == MediaFormat.HTML) {
            Responses.html(response, frontEnd.base(), frontEnd.resourcePages().render(iri, description));
        } else {
            Responses.send(response, HttpServletResponse.SC_OK, format.contentType(),
                    frontEnd.writer().write(iri, description, format));
        }
    }

    /** The format to answer in, by {@code ?format=} first, else by {@code Accept}; answers 406 when none fits. */
    private static Optional<MediaFormat> negotiate(HttpServletRequest request, HttpServletResponse response,
                                                   List<MediaFormat> offered) throws IOException {
        Optional<MediaFormat> chosen = preferred(request, offered);
        if (chosen.isEmpty()) {
            Responses.notAcceptable(response, request.getHeader("Accept"), request.getParameter("format"), offered);
        }
        return chosen;
    }

    /** The format the request asks for among those offered, by {@code ?format=} first, else by {@code Accept}. */
    private static Optional<MediaFormat> preferred(HttpServletRequest request, List<MediaFormat> offered) {
        String name = request.getParameter("format");
        return name != null ? MediaFormat.named(name).filter(offered::contains)
                : AcceptHeader.parse(request.getHeader("Accept")).choose(offered);
    }

    private static void notFound(HttpServletResponse response, String iri) throws IOException {
        Responses.text(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: this dataset has nothing about "
                + iri);
    }
}
