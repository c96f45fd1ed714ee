package org.publod.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.LearnedName;
import org.publod.model.LinkEvidence;
import org.publod.model.Linkset;
import org.publod.model.Person;
import org.publod.model.PersonLink;
import org.publod.model.PublicationLink;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.PRO;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.PrefixMappings;
import org.publod.vocab.Resolvers;
import org.publod.vocab.SCHEMA;
import org.publod.vocab.VOID;

/**
 * Maps a linkset to the linkset graph. Each link is stated as the profile wants it ({@code schema:sameAs} plus a
 * {@code datacite:Identifier} / {@code schema:PropertyValue}); each link is also described by an
 * {@code rdf:Statement} with its score, method and evidence, in a VoID linkset ({@code void:inDataset}) whose
 * size is {@code void:triples}. {@code owl:sameAs} is stated only for links a curator accepted. Learned names
 * are described the same way, with {@code dcterms:source} the record they come from.
 */
public final class LinksetMapper {
    static final String RECORDS = "dblp-records";
    static final String PERSONS = "dblp-persons";
    static final String ORCID = "orcid";
    static final String CURATED = "curated-identities";
    static final String NAMES = "learned-names";
    public static final String HOLDERS = "authorship-holders";

    private final IriMinter iris;
    private final String datasetIri;

    public LinksetMapper(IriMinter iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.datasetIri = new DatasetDescriptionMapper(iris).dataset();
    }

    public Model map(Linkset linkset) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PrefixMappings.STANDARD);
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String name : new String[] {RECORDS, PERSONS, ORCID, CURATED}) {
            sizes.put(name, 0L);
        }
        for (PublicationLink link : linkset.publications()) {
            Resource paper = model.createResource(link.publication().iri());
            IdentifierNodes.add(paper, iris.identifier(paper.getURI(), "dblp-record"),
                    IdentifierNodes.Scheme.DBLP_RECORD, link.dblpKey());
            describe(model, RECORDS, paper, link.dblpUrl(), link.evidence(), sizes);
        }
        for (PersonLink link : linkset.personLinks()) {
            Resource person = model.createResource(iris.person(link.person()));
            boolean dblp = link.target() == PersonLink.Target.DBLP;
            IdentifierNodes.add(person, iris.identifier(person.getURI(), dblp ? "dblp" : "orcid"),
                    dblp ? IdentifierNodes.Scheme.DBLP : IdentifierNodes.Scheme.ORCID, link.value());
            describe(model, dblp ? PERSONS : ORCID, person, link.url(), link.evidence(), sizes);
        }
        for (LearnedName name : linkset.names()) {
            Resource person = model.createResource(iris.person(name.person()))
                    .addProperty(SCHEMA.givenName, name.givenName()).addProperty(SCHEMA.name, name.fullName());
            source(model, person, SCHEMA.givenName, model.createLiteral(name.givenName()), name.source());
            source(model, person, SCHEMA.name, model.createLiteral(name.fullName()), name.source());
        }
        holders(model, linkset.persons());
        sizes.forEach((name, size) -> linksetDescription(model, name, size));
        return model;
    }

    /**
     * States who holds each authorship that evidence gave to a person other than its listed name's, as a described
     * statement (the report graphs state {@code pro:isHeldBy} itself once the identities are applied), with the
     * preferred family name of each such person; and that each name IRI no authorship keeps is replaced by the
     * persons its authorships went to.
     */
    private void holders(Model model, List<Person> persons) {
        Map<String, Set<String>> heldUnderName = new TreeMap<>();
        for (Person person : persons) {
            Resource holder = model.createResource(iris.person(person.basis()));
            boolean moved = false;
            for (Person.Holding holding : person.holdings()) {
                String nameIri = iris.person(holding.authorship().name());
                heldUnderName.computeIfAbsent(nameIri, iri -> new TreeSet<>()).add(holder.getURI());
                if (!nameIri.equals(holder.getURI())) {
                    moved = true;
                    LinkEvidence evidence = holding.evidence();
                    Resource statement = statement(model, iris.linkset(HOLDERS),
                            model.createResource(holding.authorship().iri()), PRO.isHeldBy, holder)
                            .addLiteral(PUBLOD.linkScore, score(model, evidence.score()))
                            .addProperty(PUBLOD.linkMethod, evidence.method());
                    evidence.facts().forEach(fact -> statement.addProperty(PUBLOD.linkEvidence, fact));
                }
            }
            if (moved) {
                statement(model, iris.linkset(HOLDERS), holder, SCHEMA.familyName,
                        model.createLiteral(person.names().get(0).familyName()));
            }
        }
        heldUnderName.forEach((nameIri, holders) -> {
            if (!holders.contains(nameIri)) {
                holders.forEach(holder -> model.createResource(nameIri)
                        .addProperty(DCTERMS.isReplacedBy, model.createResource(holder)));
            }
        });
    }

    private void describe(Model model, String linksetName, Resource subject, String target, LinkEvidence evidence,
                          Map<String, Long> sizes) {
        Resource object = model.createResource(target);
        String linksetIri = iris.linkset(linksetName);
        Resource statement = statement(model, linksetIri, subject, SCHEMA.sameAs, object)
                .addLiteral(PUBLOD.linkScore, score(model, evidence.score()))
                .addProperty(PUBLOD.linkMethod, evidence.method());
        evidence.facts().forEach(fact -> statement.addProperty(PUBLOD.linkEvidence, fact));
        sizes.merge(linksetName, 1L, Long::sum);
        if (evidence.origin() == LinkEvidence.Origin.CURATOR) { // the only identities publod calls certain
            subject.addProperty(OWL.sameAs, object);
            statement(model, iris.linkset(CURATED), subject, OWL.sameAs, object)
                    .addLiteral(PUBLOD.linkScore, score(model, evidence.score()))
                    .addProperty(PUBLOD.linkMethod, evidence.method());
            sizes.merge(CURATED, 1L, Long::sum);
        }
    }

    private void source(Model model, Resource person, Property property, RDFNode value, String source) {
        statement(model, iris.linkset(NAMES), person, property, value)
                .addProperty(DCTERMS.source, model.createResource(source));
    }

    private Resource statement(Model model, String linksetIri, Resource subject, Property property, RDFNode object) {
        String objectKey = object.isLiteral() ? object.asLiteral().getLexicalForm() : object.asResource().getURI();
        return model.createResource(iris.linkStatement(linksetIri, subject.getURI(), property.getURI(), objectKey))
                .addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, property)
                .addProperty(RDF.object, object)
                .addProperty(VOID.inDataset, model.createResource(linksetIri));
    }

    private void linksetDescription(Model model, String name, long size) {
        String target = switch (name) {
            case RECORDS, PERSONS -> Resolvers.site(Resolvers.DBLP);
            case ORCID -> Resolvers.site(Resolvers.ORCID);
            default -> null;
        };
        Resource linkset = model.createResource(iris.linkset(name))
                .addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.linkPredicate, name.equals(CURATED) ? OWL.sameAs : SCHEMA.sameAs)
                .addProperty(VOID.subjectsTarget, model.createResource(datasetIri))
                .addLiteral(VOID.triples, model.createTypedLiteral(Long.toString(size), XSDDatatype.XSDinteger));
        if (target != null) {
            Resource objects = model.createResource(target).addProperty(RDF.type, VOID.Dataset);
            linkset.addProperty(VOID.objectsTarget, objects);
        }
    }

    private static Literal score(Model model, double score) {
        return model.createTypedLiteral(BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
