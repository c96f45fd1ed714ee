package org.publod.pipeline;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import org.publod.model.Institute;
import org.publod.serve.ReportPublisher;
import org.publod.serve.SparqlServer;
import org.publod.store.PublodStore;
import org.publod.validate.ProfileValidator;

/**
 * Publishes reports into the store that {@code serve} is serving, in its process: the same {@link Pipeline} and
 * {@link StoreSink} as {@code publish}, under the server's public base, each report's graph and the dataset
 * description replaced in one write transaction ({@link StoreSink#publishingWhileServed}). A request may set the
 * reports' {@code encoding} and the institute ({@code institute}, {@code institute-name}, {@code institute-country},
 * {@code institute-ror}), as {@code publish} options do; the base is always the server's.
 */
public final class ServedPublication implements ReportPublisher {
    /** The request parameters a publication takes. */
    public static final Set<String> PARAMETERS = Set.of("encoding", "institute", "institute-name",
            "institute-country", "institute-ror");

    private final PublodStore store;
    private final String base;
    private final ProfileValidator validator;
    private final Clock clock;

    public ServedPublication(PublodStore store, String base, ProfileValidator validator, Clock clock) {
        this.store = store;
        this.base = base;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public RunSummary publish(Path report, Map<String, String> parameters) {
        PublishSettings settings = settings(parameters);
        StoreSink sink = StoreSink.publishingWhileServed(store,
                new DatasetDescriptionFormat(settings.base(), base + SparqlServer.SPARQL_PATH.substring(1)));
        return RunSummary.of(new Pipeline(settings, validator, clock).run(report, sink, RunListener.NONE));
    }

    private PublishSettings settings(Map<String, String> parameters) {
        Map<String, String> unknown = new HashMap<>(parameters);
        unknown.keySet().removeAll(PARAMETERS);
        if (!unknown.isEmpty()) {
            throw new PublodException(ErrorCode.INPUT, "unknown parameter(s) " + String.join(", ", unknown.keySet())
                    + "; a publication takes file, " + String.join(", ", PARAMETERS.stream().sorted().toList()));
        }
        Institute standard = Institute.ipptPan();
        Institute institute = new Institute(parameters.getOrDefault("institute", standard.shortName()),
                parameters.getOrDefault("institute-name", standard.name()),
                parameters.getOrDefault("institute-country", standard.countryCode()),
                Optional.ofNullable(parameters.get("institute-ror")).filter(ror -> !ror.isBlank()));
        return new PublishSettings(base, institute, encoding(parameters.getOrDefault("encoding", "UTF-8")));
    }

    private static Charset encoding(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PublodException(ErrorCode.INPUT, "encoding: unknown encoding \"" + name + "\"", e);
        }
    }
}
