package org.publod.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * The parts of the Linked Data front end, wired over one store and one public base.
 *
 * @param base the public base IRI
 * @param describer what documents say about resources
 * @param writer writes descriptions in the RDF formats
 * @param resourcePages renders descriptions as HTML pages
 * @param sitePages renders the site's own pages
 * @param siteQueries the queries behind the site's own pages
 * @param store the store, for its version and its health
 * @param dumpPath where the whole dataset is served, if it is
 * @param citations the citations of publications and of their authors
 * @param assets the SPARQL editor's script and style files
 * @param quality the quality report
 */
record FrontEnd(PublicBase base, ResourceDescriber describer, RdfDocumentWriter writer, ResourcePages resourcePages,
                SitePages sitePages, SiteQueries siteQueries, StoreReader store, Optional<String> dumpPath,
                CitationExport citations, Assets assets, QualityPage quality) {

    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath) {
        return of(dataset, base, endpointPath, null, Optional.empty());
    }

    /**
     * The front end; {@code dumpPath} is null when the whole dataset is not served, {@code review} the linker's
     * review file the quality report shows, if any.
     */
    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath, String dumpPath,
                       Optional<Path> review) {
        return of(new StoreReader(dataset), base, endpointPath, dumpPath, review, Paging.DEFAULT_SIZE,
                SitePages.SITEMAP_SIZE);
    }

    /**
     * The front end over any store the reader reads, with lists of {@code pageSize} entries a page and sitemaps of
     * {@code sitemapSize} URLs; {@code dumpPath} is null when the whole is not served.
     */
    static FrontEnd of(StoreReader store, PublicBase base, String endpointPath, String dumpPath,
                       Optional<Path> review, int pageSize, int sitemapSize) {
        RdfDocumentWriter writer = new RdfDocumentWriter(JsonLdCompactor.bundled(), new SchemaOrgJsonLd(store));
        PageRenderer renderer = new PageRenderer();
        PageFrames frames = new PageFrames(base);
        SiteQueries siteQueries = new SiteQueries(store);
        CitationExport citations = new CitationExport(new CitationReader((query, rows) -> store.select(query)
                .forEach(rows)));
        Assets assets = new Assets();
        ResourceDescriber describer = new ResourceDescriber(store);
        return new FrontEnd(base, describer, writer,
                new ResourcePages(frames, renderer, new PageQueries(store), describer, writer, siteQueries.lists(),
                        pageSize, citations),
                new SitePages(frames, renderer, siteQueries, endpointPath, pageSize, sitemapSize, assets), siteQueries,
                store, Optional.ofNullable(dumpPath), citations, assets,
                new QualityPage(frames, renderer, new QualityQueries(store), review));
    }
}
