package org.publod.store;

import java.nio.file.Path;
import java.util.Arrays;
import org.publod.TestReports;
import org.publod.pipeline.RunListener;

/**
 * A process that publishes reports into a store and, when told to, stops dead once a report's graph is written and
 * before its description is ({@link Runtime#halt}: no shutdown hook, no commit, as when the process is killed).
 * Arguments: the store's directory, the most triples a graph may have to be compared with its predecessor,
 * {@code halt} or {@code finish}, and the reports. A store stays locked by the process that opened it, so the test
 * runs each publication in a process of its own.
 */
final class PublicationThatHalts {
    static final int HALTED = 99;

    private PublicationThatHalts() {
    }

    public static void main(String[] args) {
        boolean halt = args[2].equals("halt");
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            GraphPublisher publisher = new GraphPublisher(store, TestReports.description(),
                    Integer.parseInt(args[1]), halt ? () -> Runtime.getRuntime().halt(HALTED) : () -> { });
            Arrays.stream(args, 3, args.length).map(Path::of)
                    .forEach(report -> TestReports.pipeline().run(report, publisher::replaceGraph, RunListener.NONE));
        }
    }
}
