package org.publod.cli;

import java.nio.file.Path;
import org.publod.store.PublodStore;
import org.publod.store.RemoteSparqlStore;
import org.publod.store.Tdb2Store;
import picocli.CommandLine.Option;

/** Which store a command works on. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "publod-data",
            description = "The embedded TDB2 store's directory (default: ${DEFAULT-VALUE}).")
    Path directory;

    @Option(names = "--sparql-store", paramLabel = "URL",
            description = "Use a SPARQL 1.1 store instead, by its dataset URL "
                    + "(with sparql, update and data endpoints).")
    String remote;

    PublodStore open() {
        return remote != null ? RemoteSparqlStore.at(remote) : Tdb2Store.open(directory);
    }
}
