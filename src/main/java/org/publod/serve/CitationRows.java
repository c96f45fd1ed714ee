package org.publod.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.publod.serve.Citation.Author;
import org.publod.serve.Citation.Container;

/** The rows of {@link CitationReader#QUERY} about one publication, folded into its citation. */
final class CitationRows {
    private final String iri;
    private QuerySolution publication;
    private final List<Author> authors = new ArrayList<>();

    CitationRows(String iri) {
        this.iri = iri;
    }

    void publication(QuerySolution row) {
        publication = row;
    }

    /** One author's row; the query gives them in the order of their positions. */
    void addAuthor(QuerySolution row) {
        String name = text(row, "name");
        String family = text(row, "family");
        String given = text(row, "given");
        String rest = name.startsWith(family) ? name.substring(family.length()).strip() : "";
        if (family.isEmpty()) {
            family = name.isEmpty() ? "Anonymous" : name;
        } else if (given.isEmpty()) {
            given = rest; // "Nowak J.A." with family name "Nowak"
        } else if (rest.endsWith(given) && rest.length() > given.length()) {
            // "Smith Jr J." with family name "Smith" and initials "J.": "Jr" is a suffix, kept with the family name
            family = family + ", " + rest.substring(0, rest.length() - given.length()).strip();
        }
        authors.add(new Author(family, given, text(row, "affiliation"), text(row, "orcid")));
    }

    /** The citation, when the store said anything about the publication itself. */
    Optional<Citation> citation() {
        if (publication == null) {
            return Optional.empty();
        }
        Set<String> types = Arrays.stream(text(publication, "types").split(" ")).collect(Collectors.toSet());
        Container container = new Container(text(publication, "journal"), text(publication, "issn"),
                text(publication, "volume"), text(publication, "issue"), text(publication, "book"),
                text(publication, "event"));
        return Optional.of(new Citation(iri, CitationKind.of(types), text(publication, "title"), authors,
                text(publication, "year"), container, text(publication, "pageStart"), text(publication, "pageEnd"),
                text(publication, "pages"), text(publication, "doi"), text(publication, "publisher"),
                text(publication, "abstract")));
    }

    private static String text(QuerySolution row, String var) {
        RDFNode value = row.get(var);
        if (value == null) {
            return "";
        }
        return value.isLiteral() ? value.asLiteral().getLexicalForm()
                : value.isURIResource() ? value.asResource().getURI() : "";
    }
}
