package org.publod.map;

import java.util.List;
import java.util.Objects;
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
import org.publod.vocab.FOAF;
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
    private final Institute institute;
    private final ContainerNodes containers;

    public PublicationMapper(IriMinter iris, Institute institute) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.institute = Objects.requireNonNull(institute, "institute");
        this.containers = new ContainerNodes(iris);
    }

    public IriMinter iris() {
        return iris;
    }

    /** The RDF of one publication, with everything it needs to validate on its own. */
    public Model map(Publication publication) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PrefixMappings.STANDARD);
        String iri = iris.publication(publication);
        Resource paper = model.createResource(iri);
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
        publication.pages().ifPresent(pages -> addPages(paper, pages));
        publication.event().ifPresent(event -> addEvent(paper, event));
        publication.journal().ifPresent(journal -> containers.addJournal(paper, journal));
        publication.book().ifPresent(book -> containers.addBook(paper, book));
        publication.doi().ifPresent(doi -> {
            paper.addProperty(PRISM.doi, doi.value());
            IdentifierNodes.add(paper, iris.identifier(iri, "doi"), IdentifierNodes.Scheme.DOI, doi.value());
        });
        addAuthors(paper, publication.authors());
        return model;
    }

    private void addPages(Resource paper, PageRange pages) {
        Model model = paper.getModel();
        Resource embodiment = model.createResource(iris.embodiment(paper.getURI()))
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
        String eventIri = iris.event(event);
        String placeIri = iris.place(eventIri);
        Resource address = model.createResource(iris.address(placeIri))
                .addProperty(RDF.type, SCHEMA.PostalAddress)
                .addProperty(SCHEMA.addressLocality, event.place().locality())
                .addProperty(SCHEMA.addressCountry, event.place().countryCode());
        Resource place = model.createResource(placeIri)
                .addProperty(RDF.type, SCHEMA.Place)
                .addProperty(SCHEMA.name, event.place().locality())
                .addProperty(SCHEMA.address, address);
        Resource node = model.createResource(eventIri)
                .addProperty(RDF.type, SCHEMA.Event)
                .addProperty(SCHEMA.name, event.name())
                .addProperty(SCHEMA.startDate, event.startDate().toString(), XSDDatatype.XSDdate)
                .addProperty(SCHEMA.endDate, event.endDate().toString(), XSDDatatype.XSDdate)
                .addProperty(SCHEMA.location, place)
                .addProperty(SCHEMA.workFeatured, paper);
        event.acronym().ifPresent(acronym -> node.addProperty(SCHEMA.alternateName, acronym));
    }

    private void addAuthors(Resource paper, List<Authorship> authors) {
        Resource previous = null;
        for (Authorship authorship : authors) {
            Resource person = addPerson(paper.getModel(), authorship);
            Resource role = paper.getModel().createResource(iris.authorRole(paper.getURI(), authorship.position()))
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
        Resource person = model.createResource(iris.person(authorship.name()))
                .addProperty(RDF.type, SCHEMA.Person)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(SCHEMA.name, authorship.name().asListed())
                .addProperty(FOAF.name, authorship.name().asListed())
                .addProperty(SCHEMA.familyName, authorship.name().familyName())
                .addProperty(FOAF.familyName, authorship.name().familyName())
                .addProperty(PUBLOD.initials, authorship.name().initials());
        authorship.name().suffix().ifPresent(suffix -> person.addProperty(SCHEMA.honorificSuffix, suffix));
        return person;
    }

    private void addAffiliation(Resource role, Resource person, Affiliation affiliation) {
        if (!affiliation.asListed().isEmpty()) {
            role.addProperty(PUBLOD.affiliationAsListed, affiliation.asListed());
        }
        Resource organization = null;
        if (affiliation instanceof Affiliation.Institute) {
            organization = OrganizationNodes.institute(role.getModel(), iris, institute);
        } else if (affiliation instanceof Affiliation.Named named) {
            organization = OrganizationNodes.named(role.getModel(), iris, named);
        }
        if (organization != null) { // "other affiliation" is not an organisation and must not become one
            role.addProperty(PRO.relatesToOrganization, organization);
            person.addProperty(SCHEMA.affiliation, organization);
        }
    }
}
