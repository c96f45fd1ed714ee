package org.publod.serve;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.publod.vocab.Resolvers;

/**
 * The queries behind the quality report: the findings publish recorded in each report's graph
 * ({@code publod:Finding}), the persons without identifiers, and link coverage per year.
 */
final class QualityQueries {
    private static final String FINDINGS = """
            SELECT ?file ?line ?field ?problem ?found {
              ?finding a publod:Finding ; publod:rejected %s ; publod:line ?line ; publod:field ?field ;
                dcterms:description ?problem ; prov:wasDerivedFrom ?report .
              ?report dcterms:title ?file .
              OPTIONAL { ?finding publod:foundValue ?found }
            } ORDER BY ?file ?line ?finding
            """;

    private final StoreReader store;

    QualityQueries(StoreReader store) {
        this.store = store;
    }

    /**
     * One finding, as a person reads it.
     *
     * @param file the report's file name
     * @param line the line its entry starts on
     * @param field the entry's field
     * @param problem what is wrong
     * @param found the text found, or ""
     */
    record Finding(String file, long line, String field, String problem, String found) {
        String location() {
            return file + ":" + line;
        }
    }

    /**
     * Publications and authors of one year, and how many are linked.
     *
     * @param year the year
     * @param publications publications of the year
     * @param withDblpRecord of them, those linked to a dblp record
     * @param authors distinct authors of the year's publications
     * @param withOrcid of them, those with an ORCID iD
     */
    record YearCoverage(String year, long publications, long withDblpRecord, long authors, long withOrcid) {
    }

    /**
     * A person without an ORCID iD, or without a dblp person, or both.
     *
     * @param link the person's page and name
     * @param publications how many publications name them
     * @param orcid whether they have an ORCID iD
     * @param dblp whether they have a dblp person
     */
    record PersonGap(Link link, long publications, boolean orcid, boolean dblp) {
    }

    /** The reasons of rejected entries ({@code rejected}) or the warnings, in report and line order. */
    List<Finding> findings(boolean rejected, int limit) {
        return store.select(FINDINGS.formatted(rejected), limit).stream().map(QualityQueries::finding).toList();
    }

    /** How many entries were rejected (a rejected entry has one finding per reason). */
    long rejectedEntries() {
        return store.select("""
                SELECT (COUNT(DISTINCT ?entry) AS ?n) { ?finding a publod:Finding ; publod:rejected true ;
                  publod:line ?line ; prov:wasDerivedFrom ?report .
                  BIND (CONCAT(STR(?report), "#", STR(?line)) AS ?entry) }
                """).get(0).getLiteral("n").getLong();
    }

    /** How many warnings there are. */
    long warnings() {
        return store.select("SELECT (COUNT(*) AS ?n) { ?finding a publod:Finding ; publod:rejected false }").get(0)
                .getLiteral("n").getLong();
    }

    /** The warnings' fields with how many warnings each has, most first. */
    List<Count> warningsByKind() {
        return store.select("""
                SELECT ?field (COUNT(*) AS ?n) { ?finding a publod:Finding ; publod:rejected false ;
                  publod:field ?field } GROUP BY ?field ORDER BY DESC(?n) ?field
                """).stream().map(row -> new Count(row.getLiteral("field").getLexicalForm(),
                row.getLiteral("n").getLong())).toList();
    }

    /** Persons lacking an ORCID iD or a dblp person, those with the most publications first. */
    List<PersonGap> personsWithoutIdentifiers(int limit) {
        return store.select("""
                SELECT ?person (SAMPLE(?n) AS ?name) (COUNT(DISTINCT ?publication) AS ?publications)
                       (COUNT(DISTINCT ?orcid) AS ?orcids) (COUNT(DISTINCT ?dblp) AS ?dblps) {
                  ?publication schema:author ?person . ?person schema:name ?n .
                  OPTIONAL { ?person schema:sameAs ?orcid . FILTER (STRSTARTS(STR(?orcid), "%s")) }
                  OPTIONAL { ?person schema:sameAs ?dblp . FILTER (STRSTARTS(STR(?dblp), "%s")) }
                } GROUP BY ?person HAVING (COUNT(DISTINCT ?orcid) = 0 || COUNT(DISTINCT ?dblp) = 0)
                ORDER BY DESC(?publications) ?name ?person
                """.formatted(Resolvers.ORCID, Resolvers.DBLP_PERSON), limit).stream()
                .map(row -> new PersonGap(new Link(PublicBase.href(row.getResource("person").getURI()),
                        row.getLiteral("name").getLexicalForm()), row.getLiteral("publications").getLong(),
                        row.getLiteral("orcids").getLong() > 0, row.getLiteral("dblps").getLong() > 0)).toList();
    }

    /** Publications, dblp record links, authors and ORCID iDs per year, in year order. */
    List<YearCoverage> coveragePerYear() {
        List<QuerySolution> publications = store.select("""
                SELECT ?year (COUNT(DISTINCT ?publication) AS ?publications) (COUNT(DISTINCT ?linked) AS ?dblp) {
                  ?publication a fabio:Expression ; fabio:hasPublicationYear ?year .
                  OPTIONAL { ?publication schema:sameAs ?record . FILTER (STRSTARTS(STR(?record), "%s"))
                    BIND (?publication AS ?linked) }
                } GROUP BY ?year ORDER BY ?year
                """.formatted(Resolvers.DBLP_RECORD));
        List<QuerySolution> authors = store.select("""
                SELECT ?year (COUNT(DISTINCT ?author) AS ?authors) (COUNT(DISTINCT ?identified) AS ?orcid) {
                  ?publication a fabio:Expression ; fabio:hasPublicationYear ?year ; schema:author ?author .
                  OPTIONAL { ?author schema:sameAs ?id . FILTER (STRSTARTS(STR(?id), "%s"))
                    BIND (?author AS ?identified) }
                } GROUP BY ?year ORDER BY ?year
                """.formatted(Resolvers.ORCID));
        return publications.stream().map(row -> {
            String year = row.getLiteral("year").getLexicalForm();
            QuerySolution people = authors.stream().filter(a -> a.getLiteral("year").getLexicalForm().equals(year))
                    .findFirst().orElse(null);
            return new YearCoverage(year, row.getLiteral("publications").getLong(), row.getLiteral("dblp").getLong(),
                    people == null ? 0 : people.getLiteral("authors").getLong(),
                    people == null ? 0 : people.getLiteral("orcid").getLong());
        }).toList();
    }

    /**
     * A label with a number.
     *
     * @param label the label
     * @param count the number
     */
    record Count(String label, long count) {
    }

    private static Finding finding(QuerySolution row) {
        return new Finding(row.getLiteral("file").getLexicalForm(), row.getLiteral("line").getLong(),
                row.getLiteral("field").getLexicalForm(), row.getLiteral("problem").getLexicalForm(),
                row.contains("found") ? row.getLiteral("found").getLexicalForm() : "");
    }
}
