package org.publod.map;

import java.util.function.Function;
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

    static Resource institute(Model model, MintedNodes nodes, Institute institute) {
        Function<IriMinter, String> iri = minter -> minter.institute(institute);
        Resource organization = organization(nodes.node(model, iri), institute.name())
                .addProperty(SCHEMA.alternateName, institute.shortName())
                .addProperty(SCHEMA.address, address(nodes.node(model, minter -> minter.address(iri.apply(minter))),
                        institute.countryCode()));
        institute.ror().ifPresent(ror -> IdentifierNodes.add(organization,
                nodes.node(model, minter -> minter.identifier(iri.apply(minter), "ror")),
                IdentifierNodes.Scheme.ROR, ror));
        return organization;
    }

    static Resource named(Model model, MintedNodes nodes, Affiliation.Named named) {
        Function<IriMinter, String> iri = minter -> minter.organization(named.asListed());
        Resource organization = organization(nodes.node(model, iri), named.name());
        named.countryCode().ifPresent(code -> organization.addProperty(SCHEMA.address,
                address(nodes.node(model, minter -> minter.address(iri.apply(minter))), code)));
        return organization;
    }

    private static Resource organization(Resource node, String name) {
        return node
                .addProperty(RDF.type, SCHEMA.Organization)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(SCHEMA.name, name)
                .addProperty(FOAF.name, name);
    }

    private static Resource address(Resource node, String countryCode) {
        return node
                .addProperty(RDF.type, SCHEMA.PostalAddress)
                .addProperty(SCHEMA.addressCountry, countryCode);
    }
}
