package org.publod.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.vocab.DATACITE;
import org.publod.vocab.LITERAL;
import org.publod.vocab.Resolvers;
import org.publod.vocab.SCHEMA;

/**
 * An identifier stated for both readers on one node: a {@code datacite:Identifier} with its scheme and literal
 * value (OpenCitations) that is also a {@code schema:PropertyValue} (schema.org), plus {@code schema:sameAs}
 * the identifier's resolver URL where it has one.
 */
final class IdentifierNodes {

    /** The schemes publod states, with their schema.org property ID and resolver. */
    enum Scheme {
        DOI(DATACITE.doi, "DOI", Resolvers.DOI),
        ISSN(DATACITE.issn, "ISSN", null),
        ORCID(DATACITE.orcid, "ORCID", Resolvers.ORCID),
        ROR(DATACITE.ror, "ROR", Resolvers.ROR),
        DBLP(DATACITE.dblp, "dblp", Resolvers.DBLP_PERSON),
        DBLP_RECORD(DATACITE.dblpRecord, "dblp record", Resolvers.DBLP_RECORD);

        private final Resource datacite;
        private final String propertyId;
        private final String resolver;

        Scheme(Resource datacite, String propertyId, String resolver) {
            this.datacite = datacite;
            this.propertyId = propertyId;
            this.resolver = resolver;
        }
    }

    private IdentifierNodes() {
    }

    static void add(Resource owner, String identifierIri, Scheme scheme, String value) {
        add(owner, owner.getModel().createResource(identifierIri), scheme, value);
    }

    static void add(Resource owner, Resource identifier, Scheme scheme, String value) {
        identifier.addProperty(RDF.type, DATACITE.Identifier)
                .addProperty(RDF.type, SCHEMA.PropertyValue)
                .addProperty(DATACITE.usesIdentifierScheme, scheme.datacite)
                .addProperty(LITERAL.hasLiteralValue, value)
                .addProperty(SCHEMA.propertyID, scheme.propertyId)
                .addProperty(SCHEMA.value, value);
        owner.addProperty(DATACITE.hasIdentifier, identifier).addProperty(SCHEMA.identifier, identifier);
        if (scheme.resolver != null) {
            Resource url = owner.getModel().createResource(scheme.resolver + value);
            identifier.addProperty(SCHEMA.url, url);
            owner.addProperty(SCHEMA.sameAs, url);
        }
    }
}
