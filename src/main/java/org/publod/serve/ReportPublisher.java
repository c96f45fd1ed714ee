package org.publod.serve;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code serve} runs when an administrator sends a report: the publishing pipeline, in this process, into the
 * store being served. The server authenticates the request, saves its body under the report's file name, and runs
 * one publication at a time.
 */
@FunctionalInterface
public interface ReportPublisher {
    /**
     * Publishes one report and tells what the run did.
     *
     * @param report the report as received, under the file name its client gave (which names its graph)
     * @param parameters the request's other parameters, such as {@code encoding} and {@code institute}
     * @return the run's summary, which the server answers as JSON
     * @throws org.publod.PublodException when the report or a parameter cannot be used ({@code INPUT}) or the store
     *     cannot be written ({@code STORE})
     */
    Object publish(Path report, Map<String, String> parameters);

    /**
     * Prepares for the first report, writing nothing; the server calls it once, in the background, when it starts.
     * Does nothing unless a publisher has something to prepare.
     */
    default void warm() {
    }
}
