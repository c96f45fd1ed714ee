package org.publod.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.publod.vocab.FABIO;
import org.publod.vocab.SCHEMA;

/**
 * Renders a resource's description as its HTML page, by what kind of resource it is. A publication is an
 * expression with authors; journals, volumes, issues and edited books are expressions too, and get the page
 * that lists any resource's statements.
 */
final class ResourcePages {
    private final PageFrames frames;
    private final PageRenderer renderer;
    private final PageQueries queries;
    private final CitationExport citations;
    private final ResourceDescriber describer;
    private final RdfDocumentWriter writer;
    private final ListQueries lists;
    private final int pageSize;

    ResourcePages(PageFrames frames, PageRenderer renderer, PageQueries queries, ResourceDescriber describer,
                  RdfDocumentWriter writer, ListQueries lists, int pageSize, CitationExport citations) {
        this.frames = frames;
        this.renderer = renderer;
        this.queries = queries;
        this.describer = describer;
        this.writer = writer;
        this.lists = lists;
        this.pageSize = pageSize;
        this.citations = citations;
    }

    /**
     * The page of a resource in the store, with the {@code ?page=} and {@code ?size=} of its list: persons,
     * organisations and events are outlined without the links to them from elsewhere, and their publications or
     * members are read a page at a time; every other resource is described whole. The description and the
     * statements of the embedded JSON-LD come in one query ({@link ResourceDescriber#page}).
     */
    String render(String iri, String page, String size) {
        List<String> types = describer.types(iri);
        boolean listing = types.contains(SCHEMA.Person.getURI()) || types.contains(SCHEMA.Organization.getURI())
                || types.contains(SCHEMA.Event.getURI());
        Model model = describer.page(iri, listing);
        return render(iri, model, writer.pageJsonLd(iri, model), Paging.of(page, size, pageSize));
    }

    /** The page of a resource from its description (the first page of its list). */
    String render(String iri, Model description) {
        return render(iri, description, writer.jsonLd(iri, description), new Paging(1, pageSize));
    }

    private String render(String iri, Model description, String jsonLd, Paging paging) {
        Description resource = Description.of(description, iri);
        String address = frames.base().documentOf(iri);
        if (resource.hasType(FABIO.Expression) && !resource.links(SCHEMA.author).isEmpty()) {
            PublicationView view = PublicationView.of(resource, queries);
            Optional<Citation> citation = citations.citation(iri);
            return renderer.render("publication", frames.resource(view.title(), iri, jsonLd,
                    view.citationMeta(resource, citation)), view, CiteView.of(citation, frames.base().documentOf(iri)));
        }
        if (resource.hasType(SCHEMA.Person)) {
            PersonView view = PersonView.of(resource, queries, lists, paging, address);
            return renderer.render("person", frames.resource(view.name(), iri, jsonLd, List.of()), view,
                    CiteView.ofAuthor(!view.years().isEmpty(), frames.base().documentOf(iri)));
        }
        if (resource.hasType(SCHEMA.Organization)) {
            OrganizationView view = OrganizationView.of(resource, lists, paging, address);
            return renderer.render("organization", frames.resource(view.name(), iri, jsonLd, List.of()), view);
        }
        if (resource.hasType(SCHEMA.Event)) {
            EventView view = EventView.of(resource, lists, paging, address);
            return renderer.render("event", frames.resource(view.name(), iri, jsonLd, List.of()), view);
        }
        GenericView view = GenericView.of(resource);
        return renderer.render("resource", frames.resource(view.label(), iri, jsonLd, List.of()), view);
    }
}
