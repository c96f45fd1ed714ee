package org.publod.map;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.DatasetStatistics;
import org.publod.vocab.DCAT;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.PRO;
import org.publod.vocab.PrefixMappings;
import org.publod.vocab.SCHEMA;
import org.publod.vocab.VOID;

/** The dataset's description of itself, in VoID (for Linked Data tools) and DCAT (for data catalogues). */
public final class DatasetDescriptionMapper {
    private final IriMinter iris;

    public DatasetDescriptionMapper(IriMinter iris) {
        this.iris = iris;
    }

    /**
     * The description graph's IRI: kept apart from the report graphs it counts, and where Linked Data clients look
     * for a dataset's VoID description. No report's graph can have it: those are all under {@code graph/}.
     */
    public String graph() {
        return iris.base() + ".well-known/void";
    }

    public String dataset() {
        return iris.base() + "dataset";
    }

    public Model describe(DatasetStatistics statistics, String sparqlEndpoint) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(PrefixMappings.STANDARD);
        Resource dataset = model.createResource(dataset())
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTERMS.title, "Publications published with publod")
                .addLiteral(VOID.triples, statistics.triples())
                .addProperty(VOID.uriSpace, iris.base())
                .addProperty(VOID.sparqlEndpoint, model.createResource(sparqlEndpoint));
        for (Resource vocabulary : new Resource[] {model.createResource(SCHEMA.NS), model.createResource(FABIO.NS),
            model.createResource(PRO.NS)}) {
            dataset.addProperty(VOID.vocabulary, vocabulary);
        }
        statistics.lastModified().ifPresent(time -> dataset.addLiteral(DCTERMS.modified,
                model.createTypedLiteral(Times.utc(time))));
        statistics.examples().forEach(example -> dataset.addProperty(VOID.exampleResource,
                model.createResource(example)));
        Map<String, Long> sorted = new TreeMap<>(statistics.entitiesPerClass());
        sorted.forEach((classIri, count) -> dataset.addProperty(VOID.classPartition,
                model.createResource(dataset() + "/class/" + IriMinter.slug(shortName(classIri)))
                        .addProperty(VOID.class_, model.createResource(classIri))
                        .addLiteral(VOID.entities, count.longValue())));
        model.createResource(dataset() + "/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, model.createResource(sparqlEndpoint))
                .addProperty(DCAT.servesDataset, dataset);
        return model;
    }

    /**
     * The statistics a description made by {@link #describe} states, so that a later publication can update them
     * instead of counting the store again; empty when {@code description} holds none.
     */
    public Optional<DatasetStatistics> read(Model description) {
        Resource dataset = description.createResource(dataset());
        if (!dataset.hasProperty(VOID.triples)) {
            return Optional.empty();
        }
        Map<String, Long> classes = new TreeMap<>();
        description.listObjectsOfProperty(dataset, VOID.classPartition).forEach(node -> {
            Resource partition = node.asResource();
            classes.put(partition.getPropertyResourceValue(VOID.class_).getURI(),
                    partition.getProperty(VOID.entities).getLong());
        });
        Optional<Instant> modified = Optional.ofNullable(dataset.getProperty(DCTERMS.modified))
                .map(statement -> Instant.parse(statement.getString()));
        List<String> examples = description.listObjectsOfProperty(dataset, VOID.exampleResource)
                .mapWith(node -> node.asResource().getURI()).toList();
        return Optional.of(new DatasetStatistics(dataset.getProperty(VOID.triples).getLong(), classes, modified,
                examples.stream().sorted().toList()));
    }

    private static String shortName(String classIri) {
        String prefixed = PrefixMappings.STANDARD.shortForm(classIri);
        return prefixed.replace(':', '-');
    }
}
