package org.publod.pipeline;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.publod.map.DatasetDescriptionMapper;
import org.publod.map.IriMinter;
import org.publod.model.DatasetStatistics;
import org.publod.store.DescriptionFormat;

/** The store's dataset description in the publod profile: VoID and DCAT, under the settings' base. */
public final class DatasetDescriptionFormat implements DescriptionFormat {
    private final IriMinter iris;
    private final DatasetDescriptionMapper mapper;
    private final String sparqlEndpoint;

    /**
     * @param base the base the data is published under
     * @param sparqlEndpoint where the data is queried, stated in the description
     */
    public DatasetDescriptionFormat(String base, String sparqlEndpoint) {
        this.iris = new IriMinter(base);
        this.mapper = new DatasetDescriptionMapper(iris);
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** The IRIs under the described base. */
    IriMinter iris() {
        return iris;
    }

    @Override
    public String graph() {
        return mapper.graph();
    }

    @Override
    public Optional<DatasetStatistics> read(Model description) {
        return mapper.read(description);
    }

    @Override
    public Model write(DatasetStatistics statistics) {
        return mapper.describe(statistics, sparqlEndpoint);
    }
}
