package org.publod.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** VoID, the Vocabulary of Interlinked Datasets (W3C Interest Group Note). */
public final class VOID {
    public static final String NS = "http://rdfs.org/ns/void#";

    public static final Resource Dataset = Terms.resource(NS, "Dataset");
    public static final Property triples = Terms.property(NS, "triples");
    public static final Property entities = Terms.property(NS, "entities");
    public static final Property classPartition = Terms.property(NS, "classPartition");
    public static final Property class_ = Terms.property(NS, "class");
    public static final Property sparqlEndpoint = Terms.property(NS, "sparqlEndpoint");
    public static final Property exampleResource = Terms.property(NS, "exampleResource");
    public static final Property uriSpace = Terms.property(NS, "uriSpace");
    public static final Property dataDump = Terms.property(NS, "dataDump");
    public static final Property vocabulary = Terms.property(NS, "vocabulary");
    public static final Resource Linkset = Terms.resource(NS, "Linkset");
    public static final Property linkPredicate = Terms.property(NS, "linkPredicate");
    public static final Property subjectsTarget = Terms.property(NS, "subjectsTarget");
    public static final Property objectsTarget = Terms.property(NS, "objectsTarget");
    public static final Property target = Terms.property(NS, "target");
    public static final Property inDataset = Terms.property(NS, "inDataset");

    private VOID() {
    }
}
