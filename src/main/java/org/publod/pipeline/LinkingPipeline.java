package org.publod.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.publod.link.LinkOutcome;
import org.publod.link.Linker;
import org.publod.map.IriMinter;
import org.publod.map.LinksetMapper;
import org.publod.model.Publication;
import org.publod.parse.ParsedEntry;
import org.publod.parse.ReportReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires linking: reads the reports' publications, merges a paper listed in several reports into one (by its
 * IRI, as publishing does), hands them to the linker, and maps its links into the linkset graph. The report
 * graphs are not touched: with no linking run, {@code publish} output stays exactly as it was.
 */
public final class LinkingPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(LinkingPipeline.class);

    private final PublishSettings settings;
    private final IriMinter iris;

    public LinkingPipeline(PublishSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.iris = new IriMinter(settings.base());
    }

    /**
     * What one linking run did.
     *
     * @param outcome the links, review candidates and notes
     * @param graphIri the linkset graph
     * @param triples the triples in it
     */
    public record LinkRun(LinkOutcome outcome, String graphIri, long triples) {
    }

    /** The publications of {@code reports}: entries that read cleanly, each paper once. */
    public List<Publication> publications(List<Path> reports) {
        Map<String, Publication> byIri = new LinkedHashMap<>();
        for (Path report : reports) {
            try (ReportReader reader = ReportReader.open(report, settings.encoding(),
                    settings.institute().shortName())) {
                for (Iterator<ParsedEntry> it = reader.entries().iterator(); it.hasNext();) {
                    if (it.next() instanceof ParsedEntry.Accepted accepted) {
                        byIri.putIfAbsent(iris.publication(accepted.publication()), accepted.publication());
                    }
                }
            }
        }
        LOG.info("linking: {} publications from {} reports", byIri.size(), reports.size());
        return new ArrayList<>(byIri.values());
    }

    /** Links the publications of {@code reports} and replaces the linkset graph in {@code sink}. */
    public LinkRun run(List<Path> reports, Linker linker, GraphSink sink) {
        LinkOutcome outcome = linker.link(publications(reports));
        Graph graph = new LinksetMapper(iris).map(outcome.linkset()).getGraph();
        long triples = sink.replaceGraph(iris.linksetGraph(), List.of(graph).iterator());
        return new LinkRun(outcome, iris.linksetGraph(), triples);
    }
}
