package org.publod.serve;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.publod.serve.PageFrame.Alternate;
import org.publod.serve.PageFrame.Meta;
import org.publod.vocab.SCHEMA;

/** Makes the frame of each page from the public base: navigation, alternates and embedded JSON-LD. */
final class PageFrames {
    static final String SITE_NAME = "publod";

    private final PublicBase base;

    PageFrames(PublicBase base) {
        this.base = base;
    }

    PublicBase base() {
        return base;
    }

    /** The frame of a resource's page: its document, in every format, and its JSON-LD. */
    PageFrame resource(String title, String iri, String jsonLd, List<Meta> meta) {
        String document = base.documentOf(iri);
        List<Alternate> alternates = MediaFormat.RDF.stream()
                .map(format -> new Alternate(format.mediaType(), format.formatName(),
                        document + "?format=" + format.formatName())).toList();
        return frame(title, document, alternates, jsonLd, meta, "");
    }

    /** The frame of one of the site's own pages ("", "search", "sparql"), described as a schema.org web page. */
    PageFrame site(String title, String relative, String query) {
        String address = base.page(relative);
        Model model = ModelFactory.createDefaultModel();
        model.createResource(base.page("")).addProperty(RDF.type, SCHEMA.WebSite).addProperty(SCHEMA.name, SITE_NAME)
                .addProperty(SCHEMA.url, model.createResource(base.page("")));
        if (!relative.isEmpty()) {
            model.createResource(address).addProperty(RDF.type, SCHEMA.WebPage).addProperty(SCHEMA.name, title)
                    .addProperty(SCHEMA.isPartOf, model.createResource(base.page("")));
        }
        return frame(title, address, List.of(), RdfDocumentWriter.schemaOrgJsonLd(model, address), List.of(), query);
    }

    private PageFrame frame(String title, String canonical, List<Alternate> alternates, String jsonLd,
                            List<Meta> meta, String query) {
        return new PageFrame(title + " · " + SITE_NAME, base.page(""), base.page("search"), base.page("sparql"),
                base.page(".well-known/void"), canonical, alternates, PageRenderer.scriptSafe(jsonLd), meta, query);
    }
}
