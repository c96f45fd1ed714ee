package org.publod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.function.LongConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.publod.vocab.DCTERMS;
import org.publod.vocab.SCHEMA;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's text index: jena-text over Lucene, in the folder {@value #FOLDER} of the store's directory. It holds
 * the titles of publications ({@code dcterms:title} of what has a {@code schema:author}, field
 * {@value #TITLE_FIELD}), their authors' names
 * (field {@value #AUTHORS_FIELD}, under the publication, which {@code text:query} names by {@code schema:author})
 * and the names of everything else ({@code schema:name} of persons, organisations, events and journals, field
 * {@value #NAME_FIELD}), folded to lower-case ASCII on both sides ("Żółkiewski" is found by "zolkiewski").
 * SPARQL asks it with jena-text's {@code text:query}; a query on titles may name the other fields in Lucene's
 * syntax ({@code authors:zolkiewski}).
 *
 * <p>Each Lucene document records the report graph it came from, so a graph that is replaced or changed is
 * re-indexed whole after its transaction: its documents are deleted by graph and its titles and names added
 * again. jena-text's own change tracking would not do: it sees only writes through its dataset wrapper (not TDB2's
 * bulk loader), and deletes only with a uid field. A process that stops between the store's commit and the index's
 * leaves the index behind; {@code publod index} rebuilds it.
 */
public final class TextSearchIndex implements AutoCloseable {
    /** The index's folder inside the store's directory. */
    public static final String FOLDER = "text-index";
    static final String ENTITY_FIELD = "uri";
    static final String GRAPH_FIELD = "graph";
    static final String TITLE_FIELD = "title";
    static final String NAME_FIELD = "name";
    static final String AUTHORS_FIELD = "authors";
    private static final Node TITLE = DCTERMS.title.asNode();
    private static final Node NAME = SCHEMA.name.asNode();
    private static final Node AUTHOR = SCHEMA.author.asNode();

    private static final Logger LOG = LoggerFactory.getLogger(TextSearchIndex.class);
    private final TextIndexLucene index;

    private TextSearchIndex(TextIndexLucene index) {
        this.index = index;
    }

    /** Opens (or creates) the index in {@code folder}. */
    static TextSearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        EntityDefinition fields = new EntityDefinition(ENTITY_FIELD, TITLE_FIELD, TITLE);
        fields.set(NAME_FIELD, NAME);
        fields.set(AUTHORS_FIELD, AUTHOR);
        fields.setGraphField(GRAPH_FIELD);
        TextIndexConfig config = new TextIndexConfig(fields);
        config.setAnalyzer(new FoldingAnalyzer());
        config.setQueryAnalyzer(new FoldingAnalyzer());
        return new TextSearchIndex(new TextIndexLucene(FSDirectory.open(folder), config));
    }

    /** Whether the index has no document: a store published before it existed, or a new one. */
    boolean isEmpty() {
        return index.getIndexWriter().getDocStats().numDocs == 0;
    }

    /** The index, for {@code text:query}. */
    TextIndex textIndex() {
        return index;
    }

    /**
     * Opens the index's segments in its writer's pool, as the first change after opening would: Lucene applies a
     * deletion through them and keeps them open for the changes after it. In a 1,000,000-entry store the first
     * re-publication spent 0.6 s in that (docs/BENCHMARKS.md).
     */
    void prepareWriter() {
        try (DirectoryReader reader = DirectoryReader.open(index.getIndexWriter())) {
            LOG.debug("text index: {} documents ready for changes", reader.numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes the named graphs again, each whole; call inside a read transaction on {@code dataset}. When they make
     * up half of the index or more (a first publication, a large report), the index is then merged into one
     * segment, as after a {@link #rebuild}: jena-text opens a reader for every query, and opening one segment is
     * cheaper than opening the twenty that Lucene's merge policy leaves after a million documents. A small
     * re-publication into a large index adds a segment and leaves the rest to the policy.
     */
    void reindex(DatasetGraph dataset, Collection<Node> graphs) {
        long added = 0;
        for (Node graph : graphs) {
            delete(graph);
            added += add(dataset, graph, count -> { });
        }
        if (added > 0 && 2 * added >= index.getIndexWriter().getDocStats().numDocs) {
            mergeIntoOneSegment();
        }
        index.commit();
    }

    /**
     * Empties the index and indexes every named graph, streaming their titles and names; call inside a read
     * transaction. {@code progress} hears the number of documents added so far, every 100,000.
     *
     * @return the number of documents
     */
    long rebuild(DatasetGraph dataset, LongConsumer progress) {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long added = 0;
        for (Iterator<Node> graphs = dataset.listGraphNodes(); graphs.hasNext();) {
            Node graph = graphs.next();
            long before = added;
            added += add(dataset, graph, count -> {
                if ((before + count) % 100_000 == 0) {
                    progress.accept(before + count);
                }
            });
        }
        mergeIntoOneSegment();
        index.commit();
        return added;
    }

    /** Merges the index into one segment: jena-text opens a reader per query, and one segment is the cheapest. */
    private void mergeIntoOneSegment() {
        try {
            index.getIndexWriter().forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Node graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, graph.getURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the graph's publications' titles and authors' names, and the names of what has no title. A title is a
     * publication's when the graph names an author of it: a report file or a book a chapter appears in has a title
     * too, and the search is not for them.
     */
    private long add(DatasetGraph dataset, Node graph, LongConsumer progress) {
        long added = 0;
        for (Iterator<Quad> quads = dataset.find(graph, Node.ANY, TITLE, Node.ANY); quads.hasNext();) {
            Quad quad = quads.next();
            if (dataset.contains(graph, quad.getSubject(), AUTHOR, Node.ANY)) {
                added = add(quad, TITLE_FIELD, added, progress);
            }
        }
        for (Iterator<Quad> authors = dataset.find(graph, Node.ANY, AUTHOR, Node.ANY); authors.hasNext();) {
            Quad author = authors.next();
            for (Iterator<Quad> names = dataset.find(graph, author.getObject(), NAME, Node.ANY); names.hasNext();) {
                Quad name = names.next();
                added = add(new Quad(graph, author.getSubject(), AUTHOR, name.getObject()), AUTHORS_FIELD, added,
                        progress);
            }
        }
        for (Iterator<Quad> quads = dataset.find(graph, Node.ANY, NAME, Node.ANY); quads.hasNext();) {
            Quad quad = quads.next();
            if (!dataset.contains(graph, quad.getSubject(), TITLE, Node.ANY)) {
                added = add(quad, NAME_FIELD, added, progress);
            }
        }
        return added;
    }

    private long add(Quad quad, String field, long added, LongConsumer progress) {
        if (!quad.getSubject().isURI() || !quad.getObject().isLiteral()) {
            return added;
        }
        Entity entity = new Entity(quad.getSubject().getURI(), quad.getGraph().getURI());
        entity.put(field, quad.getObject().getLiteralLexicalForm());
        index.addEntity(entity);
        progress.accept(added + 1);
        return added + 1;
    }

    @Override
    public void close() {
        index.close();
    }

    /** Words as the standard tokenizer splits them, lower-cased and folded to ASCII ("Żółkiewski": "zolkiewski"). */
    static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
