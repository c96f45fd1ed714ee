package org.publod.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.AuthorName;
import org.publod.vocab.FOAF;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.SCHEMA;

/**
 * What a report graph says of a person under one listed name: the one place that describes a person, for the
 * mapper and for identities applied to a stored graph alike. A person listed under two names is described under
 * both and keeps both names; {@link #preferFamilyName} then keeps one family name, as the shapes want.
 */
public final class PersonNodes {
    private PersonNodes() {
    }

    public static Resource describe(Resource person, AuthorName name) {
        person.addProperty(RDF.type, SCHEMA.Person)
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(SCHEMA.name, name.asListed())
                .addProperty(FOAF.name, name.asListed())
                .addProperty(SCHEMA.familyName, name.familyName())
                .addProperty(FOAF.familyName, name.familyName())
                .addProperty(PUBLOD.initials, name.initials());
        name.suffix().ifPresent(suffix -> person.addProperty(SCHEMA.honorificSuffix, suffix));
        return person;
    }

    /** Leaves {@code familyName} as the person's one family name. */
    public static void preferFamilyName(Resource person, String familyName) {
        person.removeAll(SCHEMA.familyName).removeAll(FOAF.familyName)
                .addProperty(SCHEMA.familyName, familyName).addProperty(FOAF.familyName, familyName);
    }
}
