package org.publod.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;

/** The example queries of {@code queries/}, bundled in the jar, each with the comment lines that open it. */
final class ExampleQueries {
    static final String FOLDER = "/publod/queries/";

    private ExampleQueries() {
    }

    /**
     * One example query.
     *
     * @param name its file name
     * @param description its opening comment, without the '#'
     * @param text the query
     */
    record ExampleQuery(String name, String description, String text) {
    }

    /** The bundled example queries, by file name; none when the jar has none. */
    static List<ExampleQuery> bundled() {
        URL folder = ExampleQueries.class.getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(FOLDER));
                } catch (FileSystemAlreadyExistsException e) {
                    return read(FileSystems.getFileSystem(uri).getPath(FOLDER)); // someone else's: leave it open
                }
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new PublodException(ErrorCode.INTERNAL, "cannot read the bundled example queries", e);
        }
    }

    private static List<ExampleQuery> read(Path folder) throws IOException {
        List<ExampleQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    queries.add(new ExampleQuery(file.getFileName().toString(), description(text), text));
                }
            }
        }
        return queries;
    }

    private static String description(String text) {
        StringBuilder description = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            description.append(line.substring(1).strip()).append(' ');
        }
        return description.toString().strip();
    }
}
