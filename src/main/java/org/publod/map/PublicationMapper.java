package org.publod.map;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.Affiliation;
import org.publod.model.Authorship;
import org.publod.model.Event;
import org.publod.model.Institute;
import org.publod.model.PageRange;
import org.publod.model.Publication;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.FRBR;
import org.publod.vocab.OCO;
import org.publod.vocab.PRISM;
import org.publod.vocab.PRO;
import org.publod.vocab.PROV;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.PrefixMappings;
import org.publod.vocab.SCHEMA;

/**
 * Maps one publication to RDF in the publod profile: a schema.org layer and a FaBiO/PRO/OCDM layer on the same
 * nodes. Every node gets an IRI (no blank nodes), so that one paper listed in two reports' graphs reads as one.
 */
public final class PublicationMapper {
    private final IriMinter iris;
    private final MintedNodes nodes;
    private final Institute institute;
    private final ContainerNodes containers;

    public PublicationMapper(IriMinter iris, Institute institute) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.nodes = new MintedNodes(iris);
        this.institute = Objects.requireNonNull(institute, "institute");
        this.containers = new ContainerNodes(nodes);
    }

    public IriMinter iris() {
        return iris;
    }

    /** The RDF of one publication, with everything it needs to validate on its own. */
    public Model map(Publication publication) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PrefixMappings.STANDARD);
        Function<IriMinter, String> paperIri = minter -> minter.publication(publication);
        Resource paper = nodes.node(model, paperIri);
        for (Resource type : CategoryTypes.of(publication.category())) {
            paper.addProperty(RDF.type, type);
        }
        paper.addProperty(DCTERMS.title, publication.title())
                .addProperty(SCHEMA.name, publication.title())
                .addProperty(FABIO.hasPublicationYear, publication.year().toString(), XSDDatatype.XSDgYear)
                .addProperty(PRISM.publicationDate, publication.year().toString(), XSDDatatype.XSDgYear)
                .addProperty(PROV.wasDerivedFrom, model.createResource(
                        iris.reportLine(publication.source().file(), publication.source().line())));
        publication.abstractText().ifPresent(text -> paper.addProperty(DCTERMS.abstract_, text)
                .addProperty(SCHEMA.abstract_, text));
        publication.keywords().forEach(keyword -> paper.addProperty(SCHEMA.keywords, keyword));
        publication.pages().ifPresent(pages -> addPages(paper, paperIri, pages));
        publication.event().ifPresent(event -> addEvent(paper, event));
        publication.journal().ifPresent(journal -> containers.addJournal(paper, journal));
        publication.book().ifPresent(book -> containers.addBook(paper, book));
        publication.doi().ifPresent(doi -> {
            paper.addProperty(PRISM.doi, doi.value());
            IdentifierNodes.add(paper, nodes.node(model, minter -> minter.identifier(paperIri.apply(minter), "doi")),
                    IdentifierNodes.Scheme.DOI, doi.value());
        });
        addAuthors(paper, paperIri, publication.authors());
        return model;
    }

    private void addPages(Resource paper, Function<IriMinter, String> paperIri, PageRange pages) {
        Model model = paper.getModel();
        Resource embodiment = nodes.node(model, minter -> minter.embodiment(paperIri.apply(minter)))
                .addProperty(RDF.type, FABIO.Manifestation)
                .addProperty(PRISM.startingPage, pages.start());
        paper.addProperty(SCHEMA.pagination, pages.asWritten())
                .addProperty(SCHEMA.pageStart, pages.start())
                .addProperty(FRBR.embodiment, embodiment);
        pages.end().ifPresent(end -> {
            paper.addProperty(SCHEMA.pageEnd, end);
            embodiment.addProperty(PRISM.endingPage, end);
        });
    }

    private void addEvent(Resource paper, Event event) {
        Model model = paper.getModel();
        Function<IriMinter, String> eventIri = minter -> minter.event(event);
        Function<IriMinter, String> placeIri = minter -> minter.place(eventIri.apply(minter));
        Resource address = nodes.node(model, minter -> minter.address(placeIri.apply(minter)))
                .addProperty(RDF.type, SCHEMA.PostalAddress)
                .addProperty(SCHEMA.addressLocality, event.place().locality())
                .addProperty(SCHEMA.addressCountry, event.place().countryCode());
        Resource place = nodes.node(model, placeIri)
                .addProperty(RDF.type, SCHEMA.Place)
                .addProperty(SCHEMA.name, event.place().locality())
                .addProperty(SCHEMA.address, address);
        Resource node = nodes.node(model, eventIri)
                .addProperty(RDF.type, SCHEMA.Event)
                .addProperty(SCHEMA.name, event.name())
                .addProperty(SCHEMA.startDate, event.startDate().toString(), XSDDatatype.XSDdate)
                .addProperty(SCHEMA.endDate, event.endDate().toString(), XSDDatatype.XSDdate)
                .addProperty(SCHEMA.location, place)
                .addProperty(SCHEMA.workFeatured, paper);
        event.acronym().ifPresent(acronym -> node.addProperty(SCHEMA.alternateName, acronym));
    }

    private void addAuthors(Resource paper, Function<IriMinter, String> paperIri, List<Authorship> authors) {
        Resource previous = null;
        for (Authorship authorship : authors) {
            Resource person = addPerson(paper.getModel(), authorship);
            Resource role = nodes.node(paper.getModel(),
                            minter -> minter.authorRole(paperIri.apply(minter), authorship.position()))
                    .addProperty(RDF.type, PRO.RoleInTime)
                    .addProperty(PRO.withRole, PRO.author)
                    .addProperty(PRO.isHeldBy, person)
                    .addProperty(PRO.relatesToDocument, paper)
                    .addLiteral(PUBLOD.authorPosition, paper.getModel().createTypedLiteral(
                            Integer.toString(authorship.position()), XSDDatatype.XSDpositiveInteger))
                    .addProperty(PUBLOD.nameAsListed, authorship.name().asListed());
            addAffiliation(role, person, authorship.affiliation());
            paper.addProperty(SCHEMA.author, person).addProperty(PRO.isDocumentContextFor, role);
            if (previous != null) {
                previous.addProperty(OCO.hasNext, role);
            }
            previous = role;
        }
    }

    private Resource addPerson(Model model, Authorship authorship) {
        return PersonNodes.describe(nodes.node(model, minter -> minter.person(authorship.name())), authorship.name());
    }

    private void addAffiliation(Resource role, Resource person, Affiliation affiliation) {
        if (!affiliation.asListed().isEmpty()) {
            role.addProperty(PUBLOD.affiliationAsListed, affiliation.asListed());
        }
        Resource organization = null;
        if (affiliation instanceof Affiliation.Institute) {
            organization = OrganizationNodes.institute(role.getModel(), nodes, institute);
        } else if (affiliation instanceof Affiliation.Named named) {
            organization = OrganizationNodes.named(role.getModel(), nodes, named);
        }
        if (organization != null) { // "other affiliation" is not an organisation and must not become one
            role.addProperty(PRO.relatesToOrganization, organization);
            person.addProperty(SCHEMA.affiliation, organization);
        }
    }
}
