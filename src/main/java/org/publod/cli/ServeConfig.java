package org.publod.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.publod.PublodException;
import org.publod.PublodException.ErrorCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The configuration file of {@code serve --config FILE}: one {@code key = value} a line, where each key is a long
 * option of {@code serve} without its dashes ({@code port = 8080}, {@code admin-credentials = admin.txt},
 * {@code dump = true}); blank lines and lines starting with {@code #} are skipped. An option given on the command
 * line wins over the file, the file over the option's default. A relative path in the file is read from the file's
 * folder. An unknown key, a key given twice or a value of the wrong kind is refused with the file and line.
 */
final class ServeConfig {
    /** Options that have no place in the file. */
    private static final Set<String> NOT_CONFIGURABLE = Set.of("config", "help", "version");

    private final Path file;
    private final List<Setting> settings;

    /** One {@code key = value} line. */
    record Setting(String key, String value, int line) {
    }

    private ServeConfig(Path file, List<Setting> settings) {
        this.file = file;
        this.settings = List.copyOf(settings);
    }

    /** Reads the file; its syntax is checked here, its keys and values against the command in {@link #applyTo}. */
    static ServeConfig read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublodException(ErrorCode.INPUT, "cannot read the configuration file " + file + ": "
                    + e.getMessage(), e);
        }
        List<Setting> settings = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new PublodException(ErrorCode.INPUT, file + ":" + (i + 1) + ": write key = value, not \""
                        + line + "\"");
            }
            String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!keys.add(key)) {
                throw new PublodException(ErrorCode.INPUT, file + ":" + (i + 1) + ": " + key + " is set twice");
            }
            settings.add(new Setting(key, line.substring(equals + 1).strip(), i + 1));
        }
        return new ServeConfig(file, settings);
    }

    List<Setting> settings() {
        return settings;
    }

    /**
     * Sets each option of {@code command} that the file names and the command line did not set; the command must have
     * been parsed.
     */
    void applyTo(CommandSpec command) {
        ParseResult parsed = command.commandLine().getParseResult();
        for (Setting setting : settings) {
            OptionSpec option = NOT_CONFIGURABLE.contains(setting.key()) ? null
                    : command.findOption("--" + setting.key());
            if (option == null) {
                throw new PublodException(ErrorCode.INPUT, file + ":" + setting.line() + ": " + setting.key()
                        + ": not a setting of serve; the settings are its long options without dashes: "
                        + String.join(", ", configurable(command)));
            }
            if (!parsed.hasMatchedOption(option)) {
                option.setValue(value(option, setting));
            }
        }
    }

    private Object value(OptionSpec option, Setting setting) {
        Class<?> type = option.type();
        String value = setting.value();
        try {
            if (type == String.class) {
                return value;
            } else if (type == Path.class) {
                Path path = Path.of(value);
                Path folder = file.toAbsolutePath().getParent();
                return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
            } else if (type == int.class || type == Integer.class) {
                return Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                return Long.parseLong(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("true or false");
                }
                return Boolean.parseBoolean(value);
            }
        } catch (IllegalArgumentException e) {
            throw new PublodException(ErrorCode.INPUT, file + ":" + setting.line() + ": " + setting.key()
                    + ": not a valid value (found \"" + value + "\")", e);
        }
        throw new IllegalStateException("serve's option --" + setting.key() + " has a type the configuration file "
                + "does not read: " + type);
    }

    private static List<String> configurable(CommandSpec command) {
        return command.options().stream().map(OptionSpec::longestName).map(name -> name.replaceFirst("^--", ""))
                .filter(name -> !NOT_CONFIGURABLE.contains(name)).sorted().toList();
    }
}
