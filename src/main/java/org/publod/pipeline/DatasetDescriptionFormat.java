package org.publod.pipeline;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.publod.map.DatasetDescriptionMapper;
import org.publod.map.IriMinter;
import org.publod.model.DatasetStatistics;
import org.publod.store.DescriptionFormat;

/** The store's dataset description in the publod profile: VoID and DCAT, under the settings' base. */
public final class DatasetDescriptionFormat implements DescriptionFormat {
    private final DatasetDescriptionMapper mapper;
    private final String sparqlEndpoint;

    /** @param sparqlEndpoint where the data is queried, stated in the description */
    public DatasetDescriptionFormat(PublishSettings settings, String sparqlEndpoint) {
        this.mapper = new DatasetDescriptionMapper(new IriMinter(settings.base()));
        this.sparqlEndpoint = sparqlEndpoint;
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
