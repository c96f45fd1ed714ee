package org.publod.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/** The one prefix mapping every writer, the JSON-LD context and the example queries use. */
public final class PrefixMappings {
    public static final PrefixMapping STANDARD = PrefixMapping.Factory.create()
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("dcterms", DCTERMS.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("fabio", FABIO.NS)
            .setNsPrefix("frbr", FRBR.NS)
            .setNsPrefix("prism", PRISM.NS)
            .setNsPrefix("pro", PRO.NS)
            .setNsPrefix("datacite", DATACITE.NS)
            .setNsPrefix("literal", LITERAL.NS)
            .setNsPrefix("oco", OCO.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("publod", PUBLOD.NS)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcat", DCAT.NS)
            .lock();

    private PrefixMappings() {
    }
}
