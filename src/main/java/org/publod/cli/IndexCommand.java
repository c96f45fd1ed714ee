package org.publod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.publod.store.Tdb2Store;
import org.publod.store.TextSearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publod index}: builds the store's text index again, from every report graph, streaming. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Builds the text index of the embedded store again (the folder " + TextSearchIndex.FOLDER
                + " inside the store's directory): the titles of publications, their authors' names and the names "
                + "of persons, organisations, journals and events, read from every report graph as a stream. "
                + "publish keeps the index in step by itself, and a store without an index gets one when it is "
                + "first opened; this is for a store whose index was lost or left behind by a process that stopped."})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "publod-data",
            description = "The embedded TDB2 store's directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (Tdb2Store store = Tdb2Store.open(directory, false)) {
            long documents = store.rebuildTextIndex(count -> {
                err.printf("%,d titles and names indexed...%n", count);
                err.flush();
            });
            spec.commandLine().getOut().printf("indexed %,d titles and names in %.1f s into %s%n", documents,
                    (System.nanoTime() - start) / 1e9, directory.resolve(TextSearchIndex.FOLDER));
        }
        return ExitCodes.OK;
    }
}
