package org.publod.serve;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;

/**
 * The quality report as one HTML page, the same that {@code serve} shows at {@code /quality}: rejected entries
 * with their reasons, warnings by kind, persons without an ORCID iD or a dblp person, the linker's review queue
 * (when its file is given), and publications and link coverage per year with SVG charts. It needs no script.
 */
public final class QualityReport {
    private QualityReport() {
    }

    /**
     * The report over a store.
     *
     * @param dataset the store's dataset
     * @param publicBase the base its IRIs were published under: every link on the page is made from it
     * @param review the review file {@code publod link} wrote, if any
     */
    public static String html(Dataset dataset, String publicBase, Optional<Path> review) {
        return FrontEnd.of(dataset, new PublicBase(publicBase), SparqlServer.SPARQL_PATH, null, review).quality()
                .render();
    }
}
