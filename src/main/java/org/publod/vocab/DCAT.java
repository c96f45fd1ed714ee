package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** DCAT, the W3C Data Catalog Vocabulary (version 2 and later). */
public final class DCAT {
    public static final String NS = "http://www.w3.org/ns/dcat#";

    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Resource DataService = Terms.resource(NS, "DataService");
    public static final Property endpointURL = Terms.property(NS, "endpointURL");
    public static final Property servesDataset = Terms.property(NS, "servesDataset");

    private DCAT() {
    }
}
