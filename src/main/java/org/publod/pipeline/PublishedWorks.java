package org.publod.pipeline;

import java.time.Year;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.publod.PublodException;
import org.publod.map.CategoryTypes;
import org.publod.model.AuthorName;
import org.publod.model.Category;
import org.publod.model.Doi;
import org.publod.model.PublishedAuthorship;
import org.publod.model.PublishedWork;
import org.publod.model.SourceLocation;
import org.publod.parse.ListedNames;
import org.publod.store.PublodStore;
import org.publod.store.SparqlQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what linking needs of the publications a store holds: each publication once, however many report graphs
 * list it, with its authorships as published. Only what was published is read, so entries the shapes rejected
 * are never linked. The graphs are named in the query, so the store's default graph need not be their union.
 */
final class PublishedWorks {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedWorks.class);
    private static final String WORKS = """
            SELECT ?pub ?class ?title ?year ?doi ?journalTitle ?file ?source WHERE {
              GRAPH ?graph {
                ?pub dcterms:title ?title ; fabio:hasPublicationYear ?year ; prov:wasDerivedFrom ?source .
                FILTER EXISTS { ?pub pro:isDocumentContextFor ?role }
                OPTIONAL { ?pub a ?class . VALUES ?class { %s } }
                OPTIONAL { ?pub prism:doi ?doi }
                OPTIONAL { ?pub frbr:partOf+ ?journal . ?journal a fabio:Journal ; dcterms:title ?journalTitle }
                BIND (IRI(STRBEFORE(STR(?source), "#")) AS ?report)
                OPTIONAL { ?report dcterms:title ?file }
              }
            }""";
    private static final String AUTHORSHIPS = """
            SELECT ?pub ?role ?position ?name WHERE {
              GRAPH ?graph { ?pub pro:isDocumentContextFor ?role .
                             ?role publod:authorPosition ?position ; publod:nameAsListed ?name }
            }""";

    private PublishedWorks() {
    }

    /** Every publication in the store, in IRI order. */
    static List<PublishedWork> read(PublodStore store) {
        Map<String, Builder> works = new HashMap<>();
        try (RDFConnection connection = store.connect()) {
            connection.querySelect(SparqlQueries.parse(WORKS.formatted(CategoryTypes.mostSpecific().stream()
                    .map(type -> "<" + type.getURI() + ">").collect(Collectors.joining(" ")))), row -> works
                    .computeIfAbsent(row.getResource("pub").getURI(), iri -> new Builder(iri, row)).source(row));
            connection.querySelect(SparqlQueries.parse(AUTHORSHIPS), row -> {
                Builder work = works.get(row.getResource("pub").getURI());
                if (work != null) {
                    work.author(row);
                }
            });
        }
        LOG.info("linking: {} publications in the store", works.size());
        return works.values().stream().sorted(Comparator.comparing(builder -> builder.iri)).map(Builder::build)
                .toList();
    }

    /** One publication's rows, gathered. */
    private static final class Builder {
        private final String iri;
        private final Category category;
        private final String title;
        private final Year year;
        private final Optional<Doi> doi;
        private final Optional<String> journalTitle;
        private final TreeSet<SourceLocation> sources = new TreeSet<>(
                Comparator.comparing(SourceLocation::file).thenComparingInt(SourceLocation::line));
        private final TreeMap<Integer, PublishedAuthorship> authors = new TreeMap<>();

        Builder(String iri, QuerySolution row) {
            this.iri = iri;
            this.category = Optional.ofNullable(row.getResource("class"))
                    .flatMap(type -> CategoryTypes.byMostSpecific(type.getURI()))
                    .orElseThrow(() -> new PublodException(PublodException.ErrorCode.STORE, "<" + iri + ">: the "
                            + "store gives the publication none of the FaBiO classes publod publishes"));
            this.title = row.getLiteral("title").getLexicalForm();
            this.year = Year.parse(row.getLiteral("year").getLexicalForm());
            this.doi = row.contains("doi") ? Optional.of(Doi.of(row.getLiteral("doi").getLexicalForm()))
                    : Optional.empty();
            this.journalTitle = row.contains("journalTitle")
                    ? Optional.of(row.getLiteral("journalTitle").getLexicalForm()) : Optional.empty();
        }

        void source(QuerySolution row) {
            String source = row.getResource("source").getURI();
            String file = row.contains("file") ? row.getLiteral("file").getLexicalForm()
                    : source.substring(0, source.indexOf('#'));
            sources.add(new SourceLocation(file, Integer.parseInt(source.substring(source.lastIndexOf(',') + 1))));
        }

        void author(QuerySolution row) {
            int position = row.getLiteral("position").getInt();
            String listed = row.getLiteral("name").getLexicalForm();
            authors.computeIfAbsent(position, at -> new PublishedAuthorship(row.getResource("role").getURI(), at,
                    name(listed)));
        }

        private AuthorName name(String listed) {
            return ListedNames.parse(listed).orElseThrow(() -> new PublodException(PublodException.ErrorCode.STORE,
                    "<" + iri + ">: the author name \"" + listed + "\" in the store is not in the listed form"));
        }

        PublishedWork build() {
            return new PublishedWork(iri, List.copyOf(sources), category, title, year, doi, journalTitle,
                    List.copyOf(authors.values()));
        }
    }
}
