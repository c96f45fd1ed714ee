package org.publod.map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.Affiliation;
import org.publod.model.Institute;
import org.publod.vocab.FOAF;
import org.publod.vocab.SCHEMA;

/** The organisation nodes affiliations point at: the configured institute and named organisations. */
final class OrganizationNodes {
    private OrganizationNodes() {
    }

    static Resource institute(Model model, IriMinter iris, Institute institute) {
        String iri = iris.institute(institute);
        Resource organization = organization(model, iri, institute.name())
                .addProperty(SCHEMA.alternateName, institute.shortName())
                .addProperty(SCHEMA.address, address(model, iris.address(iri), institute.countryCode()));
        institute.ror().ifPresent(ror -> IdentifierNodes.add(organization, iris.identifier(iri, "ror"),
                IdentifierNodes.Scheme.ROR, ror));
        return organization;
    }

    static Resource named(Model model, IriMinter iris, Affiliation.Named named) {
        String iri = iris.organization(named.asListed());
        Resource organization = organization(model, iri, named.name());
        named.countryCode().ifPresent(code -> organization.addProperty(SCHEMA.address,
                address(model, iris.address(iri), code)));
        return organization;
    }

    private static Resource organization(Model model, String iri, String name) {
        return model.createResource(iri)
                .addProperty(RDF.type, SCHEMA.Organization)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(SCHEMA.name, name)
                .addProperty(FOAF.name, name);
    }

    private static Resource address(Model model, String iri, String countryCode) {
        return model.createResource(iri)
                .addProperty(RDF.type, SCHEMA.PostalAddress)
                .addProperty(SCHEMA.addressCountry, countryCode);
    }
}
