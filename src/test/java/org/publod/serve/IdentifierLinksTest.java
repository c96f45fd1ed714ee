package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.publod.vocab.DATACITE;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.LITERAL;
import org.publod.vocab.PRISM;
import org.publod.vocab.PRO;
import org.publod.vocab.PUBLOD;
import org.publod.vocab.SCHEMA;

/** Identifiers, where the data has them, become links: a paper's DOI, its authors' ORCID iDs and dblp pages. */
class IdentifierLinksTest {
    private static final String BASE = "https://data.example.org/";
    private static final String PAPER = BASE + "publication/2024/a-paper";
    private static final String PERSON = BASE + "person/nowak-j";

    @Test
    void aPublicationPageLinksToItsDoiAndToItsAuthorsOrcidAndDblp() {
        FrontEnd frontEnd = FrontEnd.of(dataset(), new PublicBase(BASE), SparqlServer.SPARQL_PATH);
        String html = frontEnd.resourcePages().render(PAPER, frontEnd.describer().describe(PAPER));
        assertTrue(html.contains("<a href=\"https://doi.org/10.1234/abc.5\">10.1234/abc.5</a>"), html);
        assertTrue(html.contains("<meta name=\"citation_doi\" content=\"10.1234/abc.5\">"), html);
        assertTrue(html.contains("href=\"https://orcid.org/0000-0002-1825-0097\""), html);
        assertTrue(html.contains("href=\"https://dblp.org/pid/12/3456\""), html);
    }

    @Test
    void aPersonPageListsEveryIdentifier() {
        FrontEnd frontEnd = FrontEnd.of(dataset(), new PublicBase(BASE), SparqlServer.SPARQL_PATH);
        String html = frontEnd.resourcePages().render(PERSON, frontEnd.describer().describe(PERSON));
        assertTrue(html.contains("href=\"https://orcid.org/0000-0002-1825-0097\""), html);
        assertTrue(html.contains("href=\"https://dblp.org/pid/12/3456\""), html);
        assertTrue(html.contains("A paper"), html);
    }

    private static Dataset dataset() {
        Model model = ModelFactory.createDefaultModel();
        Resource person = model.createResource(PERSON).addProperty(RDF.type, SCHEMA.Person)
                .addProperty(SCHEMA.name, "Nowak J.").addProperty(SCHEMA.familyName, "Nowak")
                .addProperty(SCHEMA.sameAs, model.createResource("https://dblp.org/pid/12/3456"))
                .addProperty(DATACITE.hasIdentifier, model.createResource(PERSON + "/id/orcid")
                        .addProperty(DATACITE.usesIdentifierScheme, DATACITE.orcid)
                        .addProperty(LITERAL.hasLiteralValue, "0000-0002-1825-0097"));
        person.addProperty(SCHEMA.sameAs, model.createResource("https://orcid.org/0000-0002-1825-0097"));
        Resource paper = model.createResource(PAPER).addProperty(RDF.type, FABIO.Expression)
                .addProperty(DCTERMS.title, "A paper").addProperty(SCHEMA.name, "A paper")
                .addProperty(FABIO.hasPublicationYear, "2024").addProperty(PRISM.doi, "10.1234/abc.5")
                .addProperty(SCHEMA.author, person);
        paper.addProperty(PRO.isDocumentContextFor, model.createResource(PAPER + "/author/1")
                .addProperty(PRO.isHeldBy, person).addLiteral(PUBLOD.authorPosition, 1L));
        Dataset dataset = DatasetFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> dataset.getDefaultModel().add(model)); // as the union of report graphs
        return dataset;
    }
}
