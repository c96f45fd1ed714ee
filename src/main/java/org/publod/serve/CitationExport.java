package org.publod.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.Sparql;

/**
 * Bibliographies from a store, in any {@link CitationFormat}: of every publication, of a person's publications, or of
 * those a SPARQL SELECT query names. The citations are read in batches and written as they come, so an export of
 * the whole store holds only the list of its publications' IRIs in memory.
 */
public final class CitationExport {
    private final CitationReader reader;

    CitationExport(CitationReader reader) {
        this.reader = reader;
    }

    /** An export over a store's connection, whose default graph is the union of its graphs. */
    public static CitationExport over(RDFConnection connection) {
        return new CitationExport(new CitationReader((query, rows) -> connection.querySelect(Sparql.parse(query),
                row -> rows.accept(Sparql.copy(row)))));
    }

    /** Writes every publication in the store; answers how many. */
    public int all(CitationFormat format, Writer out) {
        return write(reader.allPublications(), format, out);
    }

    /** Writes a person's publications; answers how many. A person with none is a user's error. */
    public int person(String personIri, CitationFormat format, Writer out) {
        List<String> publications = IriText.isPlausibleIri(personIri) ? reader.publicationsOf(personIri) : List.of();
        if (publications.isEmpty()) {
            throw new PublodException(ErrorCode.INPUT, "--person " + personIri + ": the store has no publication "
                    + "with this author (give the person's IRI, as on their page)");
        }
        return write(publications, format, out);
    }

    /**
     * Writes the publications a SELECT query names (the first of its columns that holds publications, in the
     * result's order); answers how many.
     */
    public int query(String name, String queryText, CitationFormat format, Writer out) {
        return write(reader.publicationsIn(select(name, queryText)), format, out);
    }

    /** A SELECT query, or the user's error naming where it came from and what is wrong. */
    static Query select(String name, String queryText) {
        Query query;
        try {
            query = Sparql.parse(queryText);
        } catch (QueryParseException e) {
            throw new PublodException(ErrorCode.INPUT, name + ": not a SPARQL query: " + e.getMessage().lines()
                    .findFirst().orElse(""), e);
        }
        if (!query.isSelectType()) {
            throw new PublodException(ErrorCode.INPUT, name + ": a SELECT query is needed, whose result has a "
                    + "column of publication IRIs; this is a " + query.queryType() + " query");
        }
        return query;
    }

    /** The publications a resource's citations are of: a publication's own, or an author's; none for others. */
    List<String> citedBy(String iri) {
        if (!IriText.isPlausibleIri(iri)) {
            return List.of();
        }
        return reader.isPublication(iri) ? List.of(iri) : reader.publicationsOf(iri);
    }

    /** The publications a SELECT query's result names (see {@link CitationReader#publicationsIn}). */
    List<String> publicationsIn(Query select) {
        return reader.publicationsIn(select);
    }

    /** A publication's citation, if the IRI is one. */
    Optional<Citation> citation(String publicationIri) {
        return reader.read(List.of(publicationIri)).stream().findFirst();
    }

    /** One citation, written alone in a format. */
    static String text(Citation citation, CitationFormat format) {
        StringWriter out = new StringWriter();
        try {
            CitationWriter writer = format.writer(out);
            writer.write(citation, new CitationKeys().next(citation));
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the citations of the publications, in the order given, keyed uniquely; answers how many. */
    int write(List<String> publications, CitationFormat format, Writer out) {
        try {
            CitationWriter writer = format.writer(out);
            CitationKeys keys = new CitationKeys();
            int[] written = {0};
            reader.read(publications, citation -> {
                try {
                    writer.write(citation, keys.next(citation));
                    written[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.finish();
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
