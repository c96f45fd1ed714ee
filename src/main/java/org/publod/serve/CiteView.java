package org.publod.serve;

import java.util.List;
import java.util.Optional;

/**
 * The "Cite" block of a publication's page: its BibTeX, to copy, and links to its citation in every format.
 *
 * @param bibtex the BibTeX entry, or empty when the publication has no citation
 * @param citationFormats the citation in each format, as a link to the document with {@code ?format=}
 */
record CiteView(String bibtex, List<PageFrame.Alternate> citationFormats) {
    CiteView {
        citationFormats = List.copyOf(citationFormats);
    }

    static CiteView of(Optional<Citation> citation, String document) {
        if (citation.isEmpty()) {
            return new CiteView("", List.of());
        }
        return new CiteView(CitationExport.text(citation.get(), CitationFormat.BIBTEX), MediaFormat.CITATIONS.stream()
                .map(format -> new PageFrame.Alternate(format.mediaType(), label(format),
                        document + "?format=" + format.formatName())).toList());
    }

    private static String label(MediaFormat format) {
        return switch (format) {
            case BIBTEX -> "BibTeX";
            case RIS -> "RIS";
            default -> "CSL-JSON";
        };
    }
}
