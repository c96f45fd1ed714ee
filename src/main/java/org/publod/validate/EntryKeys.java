package org.publod.validate;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.FABIO;
import org.publod.vocab.PRISM;
import org.publod.vocab.SCHEMA;

/**
 * The few facts of one entry's graph that must be unique across entries: its publications' DOIs and its journals'
 * ISSNs with their names. All a run keeps of an entry once it is written.
 *
 * @param dois each publication with a DOI
 * @param journals each journal with an ISSN
 */
public record EntryKeys(List<Doi> dois, List<Journal> journals) {
    public static final EntryKeys NONE = new EntryKeys(List.of(), List.of());

    public EntryKeys {
        dois = List.copyOf(dois);
        journals = List.copyOf(journals);
    }

    /** A publication's IRI, its DOI and its title. */
    public record Doi(String publication, String doi, String title) {
        public Doi {
            Objects.requireNonNull(publication, "publication");
            Objects.requireNonNull(doi, "doi");
            Objects.requireNonNull(title, "title");
        }
    }

    /** A journal's IRI, one of its ISSNs and its name as written. */
    public record Journal(String journal, String issn, String name) {
        public Journal {
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(issn, "issn");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The keys of one mapped entry. */
    public static EntryKeys of(Graph entry) {
        List<Doi> dois = entry.find(Node.ANY, PRISM.doi.asNode(), Node.ANY)
                .mapWith(triple -> new Doi(triple.getSubject().toString(), lexical(triple.getObject()),
                        text(entry, triple.getSubject(), DCTERMS.title.asNode())))
                .toList();
        List<Journal> journals = entry.find(Node.ANY, RDF.type.asNode(), FABIO.Journal.asNode())
                .mapWith(Triple::getSubject)
                .toList().stream()
                .flatMap(journal -> entry.find(journal, SCHEMA.issn.asNode(), Node.ANY).toList().stream()
                        .map(issn -> new Journal(journal.toString(), lexical(issn.getObject()),
                                text(entry, journal, DCTERMS.title.asNode()))))
                .toList();
        return new EntryKeys(dois, journals);
    }

    private static String text(Graph graph, Node subject, Node predicate) {
        return graph.find(subject, predicate, Node.ANY).nextOptional().map(Triple::getObject)
                .map(EntryKeys::lexical).orElse("");
    }

    private static String lexical(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
