package org.publod.serve;

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
 */
record FrontEnd(PublicBase base, ResourceDescriber describer, RdfDocumentWriter writer, ResourcePages resourcePages,
                SitePages sitePages, SiteQueries siteQueries) {

    static FrontEnd of(Dataset dataset, PublicBase base, String endpointPath) {
        StoreReader store = new StoreReader(dataset);
        RdfDocumentWriter writer = new RdfDocumentWriter(JsonLdCompactor.bundled(), new SchemaOrgJsonLd(store));
        PageRenderer renderer = new PageRenderer();
        PageFrames frames = new PageFrames(base, writer);
        SiteQueries siteQueries = new SiteQueries(store);
        return new FrontEnd(base, new ResourceDescriber(store), writer,
                new ResourcePages(frames, renderer, new PageQueries(store)),
                new SitePages(frames, renderer, siteQueries, endpointPath), siteQueries);
    }
}
