package org.publod.cli;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.publod.model.Institute;
import org.publod.pipeline.PublishSettings;
import picocli.CommandLine.Option;

/** How reports are read and mapped: the base IRI, the institute, the encoding. */
final class MappingOptions {
    /** The base IRI when none is given: the address {@code serve} listens on by default. */
    static final String DEFAULT_BASE = "http://localhost:3030/";

    @Option(names = "--base", paramLabel = "IRI", defaultValue = DEFAULT_BASE,
            description = "Base IRI of everything publod mints, ending in '/' (default: ${DEFAULT-VALUE}). "
                    + "Set it to your public address before publishing for real.")
    String base;

    @Option(names = "--encoding", defaultValue = "UTF-8",
            description = "The reports' encoding (default: ${DEFAULT-VALUE}; e.g. windows-1250, ISO-8859-2).")
    Charset encoding;

    @Option(names = "--institute", paramLabel = "SHORT-NAME", defaultValue = "IPPT PAN",
            description = "How reports name the publishing institute in affiliations (default: ${DEFAULT-VALUE}).")
    String instituteShortName;

    @Option(names = "--institute-name", paramLabel = "NAME",
            defaultValue = "Institute of Fundamental Technological Research, Polish Academy of Sciences",
            description = "The institute's full name (default: ${DEFAULT-VALUE}).")
    String instituteName;

    @Option(names = "--institute-country", paramLabel = "CC", defaultValue = "PL",
            description = "The institute's ISO 3166-1 country code (default: ${DEFAULT-VALUE}).")
    String instituteCountry;

    @Option(names = "--institute-ror", paramLabel = "ID", description = "The institute's ROR id, if it has one.")
    String instituteRor;

    /** How a running server should read and map a report sent to it: all but the base, which is the server's. */
    Map<String, String> serverParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("encoding", encoding.name());
        parameters.put("institute", instituteShortName);
        parameters.put("institute-name", instituteName);
        parameters.put("institute-country", instituteCountry);
        if (instituteRor != null) {
            parameters.put("institute-ror", instituteRor);
        }
        return parameters;
    }

    PublishSettings settings() {
        Institute institute = new Institute(instituteShortName, instituteName, instituteCountry,
                Optional.ofNullable(instituteRor));
        return new PublishSettings(base, institute, encoding);
    }
}
