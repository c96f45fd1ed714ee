package org.publod.map;

import java.time.Instant;
import java.util.Calendar;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.Diagnostic;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.PROV;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.PrefixMappings;

/** Describes a report's named graph: what it was derived from, when, and by which publod. */
public final class ProvenanceMapper {
    private final IriMinter iris;
    private final MintedNodes nodes;
    private final String publodVersion;

    public ProvenanceMapper(IriMinter iris, String publodVersion) {
        this.iris = iris;
        this.nodes = new MintedNodes(iris);
        this.publodVersion = publodVersion;
    }

    /**
     * The statements about one report's graph, kept inside that graph so they are replaced with it.
     *
     * @param reportFileName the report's file name
     * @param sha256Hex the SHA-256 of the report's bytes
     * @param generatedAt when the graph was made
     */
    public Model describeGraph(String reportFileName, String sha256Hex, Instant generatedAt) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PrefixMappings.STANDARD);
        String graphIri = iris.reportGraph(reportFileName);
        Calendar time = Times.utc(generatedAt);
        Resource report = nodes.node(model, minter -> minter.report(reportFileName))
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(DCTERMS.title, reportFileName)
                .addProperty(DCTERMS.identifier, "sha256:" + sha256Hex);
        Resource software = model.createResource(iris.base() + "software/publod/" + publodVersion)
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(DCTERMS.hasVersion, publodVersion);
        Resource activity = model.createResource(activity(reportFileName))
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, software);
        nodes.node(model, minter -> minter.reportGraph(reportFileName))
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(PROV.wasDerivedFrom, report)
                .addProperty(PROV.hadPrimarySource, report)
                .addLiteral(PROV.generatedAtTime, model.createTypedLiteral(time))
                .addProperty(PROV.wasGeneratedBy, activity);
        return model;
    }

    /**
     * One problem found while publishing a report, kept in the report's graph beside its description: where it is
     * (the report and the line), the field, the problem and the text found, and whether its entry was rejected.
     *
     * @param reportFileName the report's file name
     * @param sequence the finding's place among the run's findings, from 1: with the report, its IRI
     * @param finding the problem
     * @param rejected whether the entry it concerns was left out
     */
    public Model describeFinding(String reportFileName, long sequence, Diagnostic finding, boolean rejected) {
        Model model = ModelFactory.createDefaultModel();
        Resource node = model.createResource(iris.finding(reportFileName, sequence))
                .addProperty(RDF.type, PUBLOD.Finding)
                .addProperty(PROV.wasGeneratedBy, model.createResource(activity(reportFileName)))
                .addProperty(PROV.wasDerivedFrom, model.createResource(iris.report(reportFileName)))
                .addLiteral(PUBLOD.rejected, rejected)
                .addLiteral(PUBLOD.line, model.createTypedLiteral(String.valueOf(finding.location().line()),
                        XSDDatatype.XSDpositiveInteger))
                .addProperty(PUBLOD.field, finding.field())
                .addProperty(DCTERMS.description, finding.problem());
        finding.found().ifPresent(found -> node.addProperty(PUBLOD.foundValue, found));
        return model;
    }

    /** The run that published a report's graph: one per graph, replaced with it. */
    private String activity(String reportFileName) {
        return iris.reportGraph(reportFileName) + "#publication";
    }
}
