package org.publod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.publod.serve.PageFrame.Meta;
import org.publod.serve.PageQueries.Provenance;
import org.publod.serve.PageQueries.Venue;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.PRISM;
import org.publod.vocab.PRO;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.Resolvers;
import org.publod.vocab.SCHEMA;

/**
 * A publication's page.
 *
 * @param title the title
 * @param kinds what kind of publication it is, as its FaBiO classes say
 * @param authors the authors in listed order
 * @param venues the journal or book it appears in
 * @param event the event it was presented at, if any (one element at most)
 * @param pages the pages as written, or empty
 * @param year the year, or empty
 * @param doi the DOI, if any (one element at most)
 * @param abstractText the abstract, or empty
 * @param keywords the keywords
 * @param sources where its statements came from
 */
record PublicationView(String title, List<String> kinds, List<Author> authors, List<Venue> venues,
                       List<EventLink> event, String pages,
                       String year, List<Link> doi, String abstractText, List<String> keywords,
                       List<Provenance> sources) {
    PublicationView {
        kinds = List.copyOf(kinds);
        authors = List.copyOf(authors);
        venues = List.copyOf(venues);
        event = List.copyOf(event);
        doi = List.copyOf(doi);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
    }

    /** Whether there are any kinds (for the template, which has no logic). */
    boolean hasKinds() {
        return !kinds.isEmpty();
    }

    /** Whether there are any keywords (for the template, which has no logic). */
    boolean hasKeywords() {
        return !keywords.isEmpty();
    }

    static PublicationView of(Description publication, PageQueries queries) {
        List<EventLink> events = publication.linkedFrom(SCHEMA.workFeatured).stream()
                .map(event -> EventLink.of(publication.about(event), queries.place(event.getURI()))).toList();
        List<Link> doi = publication.text(PRISM.doi)
                .map(value -> List.of(new Link(PublicBase.href(Resolvers.DOI + value), value))).orElse(List.of());
        return new PublicationView(publication.label(), ResourceKinds.of(publication, FABIO.NS), authors(publication),
                queries.venues(publication.iri()), events, publication.textOrEmpty(SCHEMA.pagination),
                publication.textOrEmpty(FABIO.hasPublicationYear),
                doi, publication.text(SCHEMA.abstract_).or(() -> publication.text(DCTERMS.abstract_)).orElse(""),
                publication.texts(SCHEMA.keywords), queries.provenance(publication.iri()));
    }

    /** The authors in the order of their roles' positions; a paper without roles falls back to schema:author. */
    private static List<Author> authors(Description publication) {
        List<Description> roles = new ArrayList<>(publication.links(PRO.isDocumentContextFor).stream()
                .map(publication::about).toList());
        roles.sort(Comparator.comparingInt(role -> Integer.parseInt(role.text(PUBLOD.authorPosition).orElse("0"))));
        List<Author> authors = new ArrayList<>();
        for (Description role : roles) {
            List<String> institutions = role.links(PRO.relatesToOrganization).stream()
                    .map(organization -> publication.about(organization).label()).toList();
            if (institutions.isEmpty()) {
                institutions = role.texts(PUBLOD.affiliationAsListed);
            }
            for (Resource person : role.links(PRO.isHeldBy)) {
                authors.add(Author.of(publication.about(person), role.text(PUBLOD.nameAsListed), institutions));
            }
        }
        if (authors.isEmpty()) {
            publication.links(SCHEMA.author).forEach(person -> authors.add(Author.of(publication.about(person),
                    Optional.empty(), List.of())));
        }
        return authors;
    }

    /**
     * The citation meta tags scholarly search engines read (Highwire Press tags, as Google Scholar lists them): each
     * author's institutions and ORCID iD follow the author's tag, the ISSN follows the journal's title.
     */
    List<Meta> citationMeta(Description publication, Optional<Citation> citation) {
        List<Meta> meta = new ArrayList<>();
        meta.add(new Meta("citation_title", title));
        for (Author author : authors) {
            meta.add(new Meta("citation_author", author.citationName()));
            author.institutions().forEach(institution -> meta.add(new Meta("citation_author_institution",
                    institution)));
            author.orcid().forEach(orcid -> meta.add(new Meta("citation_author_orcid", orcid.href())));
        }
        if (!year.isEmpty()) {
            meta.add(new Meta("citation_publication_date", year));
            meta.add(new Meta("citation_date", year));
        }
        event.forEach(link -> meta.add(new Meta("citation_conference_title", link.link().text())));
        for (Venue venue : venues) {
            meta.add(new Meta(venue.journal() ? "citation_journal_title" : "citation_inbook_title",
                    venue.link().text()));
            citation.map(cited -> cited.container().issn()).filter(issn -> venue.journal() && !issn.isEmpty())
                    .ifPresent(issn -> meta.add(new Meta("citation_issn", issn)));
            if (!venue.volume().isEmpty()) {
                meta.add(new Meta("citation_volume", venue.volume()));
            }
            if (!venue.issue().isEmpty()) {
                meta.add(new Meta("citation_issue", venue.issue()));
            }
        }
        publication.text(SCHEMA.pageStart).ifPresent(page -> meta.add(new Meta("citation_firstpage", page)));
        publication.text(SCHEMA.pageEnd).ifPresent(page -> meta.add(new Meta("citation_lastpage", page)));
        doi.forEach(link -> meta.add(new Meta("citation_doi", link.text())));
        keywords.forEach(keyword -> meta.add(new Meta("citation_keywords", keyword)));
        if (!abstractText.isEmpty()) {
            meta.add(new Meta("citation_abstract", abstractText));
        }
        return meta;
    }

    /**
     * An author in the list.
     *
     * @param link the link to their page
     * @param citationName the name as citation tags want it: "Family, I."
     * @param orcid their ORCID iD, if known (one element at most)
     * @param dblp their dblp page, if known (one element at most)
     * @param institutions the organisations the authorship names
     */
    record Author(Link link, String citationName, List<Link> orcid, List<Link> dblp, List<String> institutions) {
        Author {
            orcid = List.copyOf(orcid);
            dblp = List.copyOf(dblp);
            institutions = List.copyOf(institutions);
        }

        static Author of(Description person, Optional<String> nameAsListed, List<String> institutions) {
            String name = person.text(SCHEMA.name).or(() -> nameAsListed).orElse(person.iri());
            String citationName = person.text(SCHEMA.familyName)
                    .map(family -> family + ", " + name.substring(Math.min(name.length(), family.length())).strip())
                    .orElse(name);
            return new Author(new Link(PublicBase.href(person.iri()), name), citationName,
                    Identifiers.links(person, Resolvers.ORCID), Identifiers.links(person, Resolvers.DBLP),
                    institutions);
        }
    }

    /**
     * The event a publication was presented at.
     *
     * @param link the link to its page, labelled with its name
     * @param acronym its acronym, or empty
     * @param dates its dates, or empty
     * @param place where it took place, or empty
     */
    record EventLink(Link link, String acronym, String dates, String place) {
        static EventLink of(Description event, String place) {
            return new EventLink(event.link(), event.textOrEmpty(SCHEMA.alternateName), Dates.range(event), place);
        }
    }
}
