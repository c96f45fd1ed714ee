package org.publod.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.publod.model.Orcid;
import org.publod.vocab.DBLP;
import org.publod.vocab.Resolvers;

/**
 * Turns the triples of a dblp RDF dump, as RIOT streams them, into records and person facts. dblp writes each
 * record's triples together, its author signatures as blank nodes inside the record (see the dump samples), so
 * a record is complete when the next record begins; only the current record is held in memory.
 */
final class DumpReader extends StreamRDFBase {
    private static final String RECORD = Resolvers.DBLP_RECORD;
    private static final String PERSON = Resolvers.DBLP_PERSON;

    /** What the reader hands on: finished records and single facts about persons. */
    interface Sink {
        void record(DblpRecord record);

        void personName(String pid, String name);

        void personOrcid(String pid, String orcid);
    }

    private final Sink sink;
    private final Consumer<String> warnings;
    private RecordBuilder current;
    private final Map<Node, SignatureBuilder> signatures = new HashMap<>();
    private long badOrcids;

    DumpReader(Sink sink, Consumer<String> warnings) {
        this.sink = sink;
        this.warnings = warnings;
    }

    long badOrcids() {
        return badOrcids;
    }

    @Override
    public void triple(Triple triple) {
        Node subject = triple.getSubject();
        String predicate = triple.getPredicate().getURI();
        if (subject.isBlank()) {
            signature(subject, predicate, triple.getObject());
        } else if (subject.isURI() && subject.getURI().startsWith(RECORD)) {
            if (current == null || !current.iri.equals(subject.getURI())) {
                flush();
                current = new RecordBuilder(subject.getURI());
            }
            current.add(predicate, triple.getObject());
        } else if (subject.isURI() && subject.getURI().startsWith(PERSON)) {
            person(subject.getURI().substring(PERSON.length()), predicate, triple.getObject());
        }
    }

    @Override
    public void finish() {
        flush();
    }

    private void person(String pid, String predicate, Node object) {
        if (predicate.equals(DBLP.primaryCreatorName.getURI()) || predicate.equals(DBLP.creatorName.getURI())) {
            sink.personName(pid, object.getLiteralLexicalForm());
        } else if (predicate.equals(DBLP.orcid.getURI())) {
            orcid(object).ifPresent(orcid -> sink.personOrcid(pid, orcid));
        }
    }

    private void signature(Node node, String predicate, Node object) {
        SignatureBuilder signature = signatures.computeIfAbsent(node, n -> new SignatureBuilder());
        if (predicate.equals(DBLP.signatureOrdinal.getURI())) {
            signature.ordinal = Integer.parseInt(object.getLiteralLexicalForm());
        } else if (predicate.equals(DBLP.signatureDblpName.getURI())) {
            signature.name = object.getLiteralLexicalForm();
        } else if (predicate.equals(DBLP.signatureCreator.getURI()) && object.isURI()
                && object.getURI().startsWith(PERSON)) {
            signature.pid = object.getURI().substring(PERSON.length());
        } else if (predicate.equals(DBLP.signatureOrcid.getURI())) {
            signature.orcid = orcid(object).orElse(null);
        }
    }

    private Optional<String> orcid(Node object) {
        String text = object.isURI() ? object.getURI() : object.getLiteralLexicalForm();
        Optional<String> problem = Orcid.problem(text);
        if (problem.isPresent()) {
            badOrcids++;
            warnings.accept("dblp ORCID iD \"" + text + "\" not used: " + problem.get());
            return Optional.empty();
        }
        return Optional.of(Orcid.of(text).value());
    }

    private void flush() {
        if (current != null && current.publication && current.title != null) {
            List<DblpSignature> authors = new ArrayList<>();
            for (Node node : current.signatureNodes) {
                SignatureBuilder signature = signatures.get(node);
                if (signature != null && signature.ordinal > 0 && signature.name != null) {
                    authors.add(new DblpSignature(signature.ordinal, signature.name,
                            Optional.ofNullable(signature.pid), Optional.ofNullable(signature.orcid)));
                    if (signature.pid != null) {
                        sink.personName(signature.pid, signature.name);
                        if (signature.orcid != null) {
                            sink.personOrcid(signature.pid, signature.orcid);
                        }
                    }
                }
            }
            sink.record(new DblpRecord(current.iri.substring(RECORD.length()), current.title, current.year,
                    current.venue == null ? "" : current.venue, Optional.ofNullable(current.doi), authors));
        }
        current = null;
        signatures.clear(); // the signatures of the record just finished: none belongs to the next one
    }

    /** The record being read. */
    private static final class RecordBuilder {
        private final String iri;
        private boolean publication;
        private String title;
        private int year;
        private String venue;
        private String doi;
        private final List<Node> signatureNodes = new ArrayList<>();

        RecordBuilder(String iri) {
            this.iri = iri;
        }

        void add(String predicate, Node object) {
            if (predicate.equals(DBLP.title.getURI())) {
                title = object.getLiteralLexicalForm();
            } else if (predicate.equals(DBLP.yearOfPublication.getURI())) {
                year = Integer.parseInt(object.getLiteralLexicalForm().strip());
            } else if (predicate.equals(DBLP.publishedIn.getURI()) && venue == null) {
                venue = object.getLiteralLexicalForm();
            } else if (predicate.equals(DBLP.doi.getURI()) && object.isURI()
                    && (doi == null || object.getURI().startsWith(Resolvers.DOI))) {
                doi = object.getURI().replaceFirst("^https?://(dx\\.)?doi\\.org/", "").toLowerCase(Locale.ROOT);
            } else if (predicate.equals(DBLP.hasSignature.getURI())) {
                signatureNodes.add(object);
            } else if (predicate.equals(RDF.type.getURI())
                    && object.equals(DBLP.Publication.asNode())) {
                publication = true;
            }
        }
    }

    /** One author signature being read. */
    private static final class SignatureBuilder {
        private int ordinal;
        private String name;
        private String pid;
        private String orcid;
    }
}
