package org.publod.serve;

import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * The parts of the Linked Data front end, wired over one dataset and one public base.
 *
 * @param base the public base IRI
 * @param describer what documents say about resources
 * @param writer writes descriptions in the RDF formats
 * @param resourcePages renders descriptions as HTML pages
 * @param sitePages renders the site's own pages
 * @param siteQueries the queries behind the site's own pages
 * @param store the store, for its version and its health
 * @param dumpPath where the whole dataset is served, if it is
 */
record FrontEnd(PublicBase base, ResourceDescriber describer, RdfDocumentWriter writer, ResourcePages resourcePages,
                SitePages sitePages, SiteQueries siteQueries, StoreReader store, Optional<String> dumpPath) {

    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath) {
        return of(dataset, base, endpointPath, null);
    }

    /** The front end; {@code dumpPath} is null when the whole dataset is not served. */
    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath, String dumpPath) {
        return of(dataset, base, endpointPath, dumpPath, Paging.DEFAULT_SIZE, SitePages.SITEMAP_SIZE);
    }

    /** The front end, with lists of {@code pageSize} entries a page and sitemaps of {@code sitemapSize} URLs. */
    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath, String dumpPath, int pageSize,
                       int sitemapSize) {
        StoreReader store = new StoreReader(dataset);
        RdfDocumentWriter writer = new RdfDocumentWriter(JsonLdCompactor.bundled(), new SchemaOrgJsonLd(store));
        PageRenderer renderer = new PageRenderer();
        PageFrames frames = new PageFrames(base, writer);
        SiteQueries siteQueries = new SiteQueries(store);
        ResourceDescriber describer = new ResourceDescriber(store);
        return new FrontEnd(base, describer, writer,
                new ResourcePages(frames, renderer, new PageQueries(store), describer, siteQueries.lists(), pageSize),
                new SitePages(frames, renderer, siteQueries, endpointPath, pageSize, sitemapSize), siteQueries, store,
                Optional.ofNullable(dumpPath));
    }
}
