package org.publod.link;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.publod.PublodException;
import org.publod.model.Orcid;

/**
 * The institute's ORCID registry: a CSV file with the columns {@code name} (as reports list the person,
 * "Cygan M."), {@code orcid}, and optionally {@code dblp_pid} and {@code full_name}. Every iD is
 * checksum-verified; a row that fails is reported with its line and not used.
 */
public final class OrcidRegistry {
    /**
     * One usable row.
     *
     * @param line the row's line in the file
     * @param listedName the name as reports list it
     * @param orcid the verified iD
     * @param dblpPid the dblp pid, if the institute knows it
     * @param fullName the full name, if given
     */
    public record Entry(long line, String listedName, Orcid orcid, Optional<String> dblpPid,
                        Optional<String> fullName) {
    }

    private final String fileName;
    private final Map<String, Entry> byKey;
    private final List<String> problems;

    private OrcidRegistry(String fileName, Map<String, Entry> byKey, List<String> problems) {
        this.fileName = fileName;
        this.byKey = byKey;
        this.problems = List.copyOf(problems);
    }

    public static OrcidRegistry empty() {
        return new OrcidRegistry("", Map.of(), List.of());
    }

    public static OrcidRegistry read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String name = file.getFileName().toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                long line = row.getRecordNumber() + 1; // the header is line 1
                String listed = row.isMapped("name") ? row.get("name") : "";
                String orcid = row.isMapped("orcid") ? row.get("orcid") : "";
                Optional<String> problem = Orcid.problem(orcid);
                if (listed.isBlank()) {
                    problems.add(name + ":" + line + ": name: a registry row needs the name as reports list it");
                } else if (problem.isPresent()) {
                    problems.add(name + ":" + line + ": orcid: " + problem.get() + " (found \"" + orcid + "\")");
                } else {
                    entries.put(Curation.personKey(listed), new Entry(line, listed, Orcid.of(orcid),
                            optional(row, "dblp_pid"), optional(row, "full_name")));
                }
            }
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the ORCID registry " + file
                    + ": " + e.getMessage(), e);
        }
        return new OrcidRegistry(name, entries, problems);
    }

    /** Every usable row, in file order. */
    public Collection<Entry> entries() {
        return byKey.values();
    }

    public Optional<Entry> entry(String personKey) {
        return Optional.ofNullable(byKey.get(personKey));
    }

    /** The rows that were not used, each as {@code file:line: field: problem (found "value")}. */
    public List<String> problems() {
        return problems;
    }

    public String fileName() {
        return fileName;
    }

    private static Optional<String> optional(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) && !row.get(column).isBlank()
                ? Optional.of(row.get(column)) : Optional.empty();
    }
}
