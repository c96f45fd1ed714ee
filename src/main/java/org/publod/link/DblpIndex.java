package org.publod.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.publod.PublodException;

/**
 * The dblp reference index, read-only: records by key, by DOI and by title words (blocking), persons by pid.
 * A lookup reads a few B-tree pages; nothing is scanned.
 */
public final class DblpIndex implements AutoCloseable {
    /** Title words in more records than this say too little to block on. */
    private static final int COMMON_TOKEN = 50_000;
    private static final int BLOCKING_TOKENS = 5;

    private final IndexFile file;

    private DblpIndex(IndexFile file) {
        this.file = file;
    }

    public static DblpIndex open(Path directory) {
        if (!IndexFile.exists(directory)) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "no dblp index in " + directory
                    + "; build one with: publod link index --dblp DUMP --index " + directory);
        }
        return new DblpIndex(IndexFile.open(directory, true, 16));
    }

    public long size() {
        return file.records.sizeAsLong();
    }

    public Optional<DblpRecord> byKey(String key) {
        return Optional.ofNullable(file.keys.get(key)).map(this::record);
    }

    public Optional<DblpRecord> byDoi(String doi) {
        return Optional.ofNullable(file.dois.get(doi.toLowerCase(Locale.ROOT))).map(this::record);
    }

    /**
     * The records sharing the most of the rarest words of {@code title}, best first, at most {@code limit}.
     * Blocking by the rarest words keeps each lookup to a few short posting lists.
     */
    public List<DblpRecord> candidates(String title, int limit) {
        List<String> tokens = new ArrayList<>(Titles.tokens(title));
        Map<String, Integer> frequency = new HashMap<>();
        tokens.forEach(token -> frequency.put(token, file.frequencies.getOrDefault(token, 0)));
        tokens.removeIf(token -> frequency.get(token) == 0 || frequency.get(token) > COMMON_TOKEN);
        tokens.sort(Comparator.comparing(frequency::get));
        Map<Integer, Integer> shared = new HashMap<>();
        for (String token : tokens.subList(0, Math.min(BLOCKING_TOKENS, tokens.size()))) {
            String prefix = token + IndexFile.SEP;
            Iterator<String> keys = file.postings.keyIterator(prefix);
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.startsWith(prefix)) {
                    break;
                }
                shared.merge(Integer.parseInt(key.substring(prefix.length()), 16), 1, Integer::sum);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(entry -> record(entry.getKey())).toList();
    }

    /** The person with pid {@code pid}: the names and iDs the dump gave for them. */
    public Optional<DblpPerson> person(String pid) {
        String prefix = pid + IndexFile.SEP;
        List<String> names = new ArrayList<>();
        List<String> orcids = new ArrayList<>();
        Iterator<String> keys = file.persons.keyIterator(prefix);
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            String value = key.substring(prefix.length() + 1);
            (key.charAt(prefix.length()) == 'o' ? orcids : names).add(value);
        }
        return names.isEmpty() && orcids.isEmpty() ? Optional.empty()
                : Optional.of(new DblpPerson(pid, names, orcids));
    }

    private DblpRecord record(int number) {
        return IndexFile.decode(file.records.get(number));
    }

    @Override
    public void close() {
        file.close();
    }
}
