package org.publod.link;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
            RDFParser.source(in).lang(language(dump)).parse(reader);
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

    /** Writes what the dump reader finds into the store. */
    private static final class Writer implements DumpReader.Sink {
        private final IndexFile file;
        private final LongConsumer progress;
        private int records;

        Writer(IndexFile file, LongConsumer progress) {
            this.file = file;
            this.progress = progress;
        }

        @Override
        public void record(DblpRecord record) {
            int number = records++;
            file.records.put(number, IndexFile.encode(record));
            file.keys.put(record.key(), number);
            record.doi().ifPresent(doi -> file.dois.put(doi, number));
            for (String token : Titles.tokens(record.title())) {
                file.postings.put(IndexFile.posting(token, number), Boolean.TRUE);
                file.frequencies.merge(token, 1, Integer::sum);
            }
            progress.accept(records);
        }

        @Override
        public void personName(String pid, String name) {
            file.persons.put(pid + IndexFile.SEP + "n" + name, Boolean.TRUE);
        }

        @Override
        public void personOrcid(String pid, String orcid) {
            file.persons.put(pid + IndexFile.SEP + "o" + orcid, Boolean.TRUE);
        }
    }
}
