package org.publod.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.publod.link.DblpIndex;
import org.publod.link.OrcidRegistry;
import org.publod.link.OrcidSearch;
import org.publod.link.RecordSearch;
import org.publod.link.web.DblpSearchClient;
import org.publod.link.web.OrcidSearchClient;
import org.publod.link.web.PoliteHttpClient;
import org.publod.vocab.Resolvers;
import picocli.CommandLine.Option;

/** The sources linking may use; all optional. */
final class SourceOptions {
    @Option(names = "--index", paramLabel = "DIR", description = "The dblp index built by 'publod link index'.")
    Path index;

    @Option(names = "--registry", paramLabel = "CSV",
            description = "The institute's ORCID registry: name,orcid[,dblp_pid][,full_name].")
    Path registry;

    @Option(names = "--dblp-api", description = "Also ask the dblp search API when the index has no good candidate.")
    boolean dblpApi;

    @Option(names = "--orcid-api", description = "Also ask the ORCID expanded search for linked persons without an "
            + "iD (its candidates always go to review).")
    boolean orcidApi;

    @Option(names = "--dblp-api-url", paramLabel = "URL", defaultValue = Resolvers.DBLP_SEARCH_API,
            description = "The dblp search API (default: ${DEFAULT-VALUE}).")
    String dblpApiUrl;

    @Option(names = "--orcid-api-url", paramLabel = "URL",
            defaultValue = "https://pub.orcid.org/v3.0/expanded-search/",
            description = "The ORCID expanded search API (default: ${DEFAULT-VALUE}).")
    String orcidApiUrl;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "publod-http-cache",
            description = "Where API answers are kept, so a rerun asks nothing twice (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--offline", description = "Answer API questions from the cache only; ask no network.")
    boolean offline;

    @Option(names = "--api-delay", paramLabel = "MILLIS", defaultValue = "1000",
            description = "The pause between two API requests (default: ${DEFAULT-VALUE} ms).")
    long apiDelayMillis;

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
        PoliteHttpClient http = new PoliteHttpClient(cache, Duration.ofMillis(apiDelayMillis),
                Duration.ofSeconds(20), offline);
        Optional<RecordSearch> records = dblpApi ? Optional.of(new DblpSearchClient(http, dblpApiUrl))
                : Optional.empty();
        Optional<OrcidSearch> orcids = orcidApi ? Optional.of(new OrcidSearchClient(http, orcidApiUrl))
                : Optional.empty();
        return new Opened(LinkCommand.index(index), records, orcids);
    }
}
