package org.publod.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.publod.link.DblpIndex;
import org.publod.link.OrcidRegistry;
import org.publod.link.OrcidSearch;
import org.publod.link.RecordSearch;
import picocli.CommandLine.Option;

/** The sources linking may use; all optional. */
final class SourceOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "The dblp index built by 'publod link index'.")
    Path index;

    @Option(names = "--registry", paramLabel = "CSV",
            description = "The institute's ORCID registry: name,orcid[,dblp_pid][,full_name].")
    Path registry;

    /** The sources once opened; closing closes the index. */
    record Opened(Optional<DblpIndex> index, Optional<RecordSearch> records, Optional<OrcidSearch> orcids)
            implements AutoCloseable {
        @Override
        public void close() {
            index.ifPresent(DblpIndex::close);
        }
    }

    OrcidRegistry registry() {
        return registry == null ? OrcidRegistry.empty() : OrcidRegistry.read(registry);
    }

    Opened open() {
        return new Opened(LinkCommand.index(index), Optional.empty(), Optional.empty());
    }
}
