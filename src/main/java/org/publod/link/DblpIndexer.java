package org.publod.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.publod.PublodException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the dblp reference index from a dblp RDF dump (N-Triples or Turtle, optionally gzipped) in one streaming
 * pass: RIOT hands over triple after triple, one record at a time is assembled, and everything goes straight to
 * the on-disk store, whose write buffer and page cache bound the memory used whatever the dump's size.
 */
public final class DblpIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(DblpIndexer.class);
    /** Page cache of the store while writing; the heap needed beyond it is a few records and RIOT's buffers. */
    private static final int CACHE_MEBIBYTES = 32;

    /**
     * What indexing did.
     *
     * @param records publication records indexed
     * @param personFacts person names and iDs stored (after removing duplicates)
     * @param badOrcids ORCID iDs in the dump that failed their checksum and were left out
     * @param elapsed how long it took
     */
    public record Summary(long records, long personFacts, long badOrcids, Duration elapsed) {
    }

    private DblpIndexer() {
    }

    /** Indexes {@code dump} into {@code directory}, replacing any index there; {@code progress} hears the count. */
    public static Summary index(Path dump, Path directory, LongConsumer progress) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(IndexFile.FILE_NAME));
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot write the index in " + directory, e);
        }
        try (IndexFile file = IndexFile.open(directory, false, CACHE_MEBIBYTES);
                InputStream in = open(dump)) {
            Writer writer = new Writer(file, progress);
            DumpReader reader = new DumpReader(writer, warning -> LOG.debug("{}: {}", dump.getFileName(), warning));
            // IRI checking off: the dump is dblp's own output, and checking every IRI of a multi-GB dump costs more
            // than the rest of indexing; the values that are used (ORCID iDs, DOIs, pids) are checked on their own.
            RDFParser.source(in).lang(language(dump)).checking(false).parse(reader);
            writer.flush();
            file.meta.put("records", Long.toString(writer.records));
            file.meta.put("source", dump.getFileName().toString());
            Summary summary = new Summary(writer.records, file.persons.sizeAsLong(), reader.badOrcids(),
                    Duration.ofNanos(System.nanoTime() - start));
            LOG.info("dblp index: {} records, {} person facts, {} bad ORCID iDs left out, in {} s",
                    summary.records(), summary.personFacts(), summary.badOrcids(), summary.elapsed().toSeconds());
            return summary;
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the dblp dump " + dump + ": "
                    + e.getMessage(), e);
        } catch (RiotException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "the dblp dump " + dump
                    + " is not valid RDF: " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path dump) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(dump), 1 << 16);
        return dump.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static Lang language(Path dump) {
        String name = dump.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        Lang lang = RDFLanguages.filenameToLang(name);
        if (lang == null || !List.of(Lang.NTRIPLES, Lang.TURTLE, Lang.NQUADS).contains(lang)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "a dblp dump is N-Triples (.nt) or Turtle "
                    + "(.ttl), optionally gzipped (.gz), found \"" + dump.getFileName() + "\"");
        }
        return lang;
    }

    /**
     * Writes what the dump reader finds into the store. Records go in directly (their numbers ascend); the
     * title postings, word counts, keys, DOIs and person facts are gathered in a bounded batch and written in
     * key order, so that each B-tree page is visited once per batch instead of once per key.
     */
    private static final class Writer implements DumpReader.Sink {
        private static final int BATCH = 200_000;

        private final IndexFile file;
        private final LongConsumer progress;
        private int records;
        private int pending;
        private final TreeMap<String, Integer> postings = new TreeMap<>();
        private final TreeMap<String, Integer> frequencies = new TreeMap<>();
        private final TreeMap<String, Integer> keys = new TreeMap<>();
        private final TreeMap<String, Integer> dois = new TreeMap<>();
        private final TreeSet<String> persons = new TreeSet<>();

        Writer(IndexFile file, LongConsumer progress) {
            this.file = file;
            this.progress = progress;
        }

        @Override
        public void record(DblpRecord record) {
            int number = records++;
            file.records.put(number, IndexFile.encode(record));
            keys.put(record.key(), number);
            record.doi().ifPresent(doi -> dois.put(doi, number));
            for (String token : Titles.tokens(record.title())) {
                postings.put(IndexFile.posting(token, number), number);
                frequencies.merge(token, 1, Integer::sum);
            }
            pending += 8;
            progress.accept(records);
            flushIfFull();
        }

        @Override
        public void personName(String pid, String name) {
            persons.add(pid + IndexFile.SEP + "n" + name);
            pending++;
        }

        @Override
        public void personOrcid(String pid, String orcid) {
            persons.add(pid + IndexFile.SEP + "o" + orcid);
            pending++;
            flushIfFull();
        }

        private void flushIfFull() {
            if (pending >= BATCH) {
                flush();
            }
        }

        void flush() {
            postings.keySet().forEach(key -> file.postings.put(key, Boolean.TRUE));
            frequencies.forEach((token, count) -> file.frequencies.merge(token, count, Integer::sum));
            keys.forEach(file.keys::put);
            dois.forEach(file.dois::put);
            persons.forEach(key -> file.persons.put(key, Boolean.TRUE));
            postings.clear();
            frequencies.clear();
            keys.clear();
            dois.clear();
            persons.clear();
            pending = 0;
        }
    }
}
