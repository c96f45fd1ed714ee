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

    ResourcePages(PageFrames frames, PageRenderer renderer, PageQueries queries, CitationExport citations) {
        this.frames = frames;
        this.renderer = renderer;
        this.queries = queries;
        this.citations = citations;
    }

    String render(String iri, Model description) {
        Description resource = Description.of(description, iri);
        if (resource.hasType(FABIO.Expression) && !resource.links(SCHEMA.author).isEmpty()) {
            PublicationView view = PublicationView.of(resource, queries);
            Optional<Citation> citation = citations.citation(iri);
            return renderer.render("publication", frames.resource(view.title(), iri, description,
                    view.citationMeta(resource, citation)), view, CiteView.of(citation, frames.base().documentOf(iri)));
        }
        if (resource.hasType(SCHEMA.Person)) {
            PersonView view = PersonView.of(resource, queries);
            return renderer.render("person", frames.resource(view.name(), iri, description, List.of()), view,
                    CiteView.ofAuthor(!view.years().isEmpty(), frames.base().documentOf(iri)));
        }
        if (resource.hasType(SCHEMA.Organization)) {
            OrganizationView view = OrganizationView.of(resource);
            return renderer.render("organization", frames.resource(view.name(), iri, description, List.of()), view);
        }
        if (resource.hasType(SCHEMA.Event)) {
            EventView view = EventView.of(resource);
            return renderer.render("event", frames.resource(view.name(), iri, description, List.of()), view);
        }
        GenericView view = GenericView.of(resource);
        return renderer.render("resource", frames.resource(view.label(), iri, description, List.of()), view);
    }
}
