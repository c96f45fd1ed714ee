package org.publod.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The on-disk layout of the dblp reference index: one H2 MVStore file of sorted maps. Records are stored once,
 * by number; the title-token postings are keys {@code token SEP number} so that one token's records are one
 * range scan; a person's names and iDs are keys {@code pid SEP kind value}, which also removes duplicates.
 */
final class IndexFile implements AutoCloseable {
    static final String FILE_NAME = "dblp-index.mv.db";
    static final char SEP = '\u0001';
    private static final char FIELD = '\u001f';
    private static final char AUTHOR = '\u001e';
    private static final char PART = '\u001d';

    final MVStore store;
    final MVMap<Integer, String> records;
    final MVMap<String, Integer> keys;
    final MVMap<String, Integer> dois;
    final MVMap<String, Integer> frequencies;
    final MVMap<String, Boolean> postings;
    final MVMap<String, Boolean> persons;
    final MVMap<String, String> meta;

    private IndexFile(MVStore store) {
        this.store = store;
        this.records = store.openMap("records");
        this.keys = store.openMap("keys");
        this.dois = store.openMap("dois");
        this.frequencies = store.openMap("frequencies");
        this.postings = store.openMap("postings");
        this.persons = store.openMap("persons");
        this.meta = store.openMap("meta");
    }

    /** Opens the index in {@code directory}; its memory is bounded by the page cache and the write buffer. */
    static IndexFile open(Path directory, boolean readOnly, int cacheMebibytes) {
        MVStore.Builder builder = new MVStore.Builder().fileName(directory.resolve(FILE_NAME).toString())
                .cacheSize(cacheMebibytes).autoCommitBufferSize(8 * 1024);
        if (readOnly) {
            builder.readOnly();
        }
        return new IndexFile(builder.open());
    }

    static boolean exists(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE_NAME));
    }

    static String posting(String token, int record) {
        return token + SEP + String.format("%08x", record);
    }

    static String encode(DblpRecord record) {
        StringBuilder text = new StringBuilder().append(record.key()).append(FIELD).append(record.title())
                .append(FIELD).append(record.year()).append(FIELD).append(record.venue()).append(FIELD)
                .append(record.doi().orElse("")).append(FIELD);
        for (DblpSignature signature : record.authors()) {
            text.append(signature.ordinal()).append(PART).append(signature.dblpName()).append(PART)
                    .append(signature.pid().orElse("")).append(PART).append(signature.orcid().orElse(""))
                    .append(AUTHOR);
        }
        return text.toString();
    }

    static DblpRecord decode(String text) {
        String[] fields = text.split(String.valueOf(FIELD), -1);
        List<DblpSignature> authors = new ArrayList<>();
        for (String author : fields[5].split(String.valueOf(AUTHOR))) {
            if (!author.isEmpty()) {
                String[] parts = author.split(String.valueOf(PART), -1);
                authors.add(new DblpSignature(Integer.parseInt(parts[0]), parts[1], present(parts[2]),
                        present(parts[3])));
            }
        }
        return new DblpRecord(fields[0], fields[1], Integer.parseInt(fields[2]), fields[3], present(fields[4]),
                authors);
    }

    private static Optional<String> present(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    @Override
    public void close() {
        store.close();
    }
}
