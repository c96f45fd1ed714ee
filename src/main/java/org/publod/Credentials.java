package org.publod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A user name and password for HTTP basic authentication: what a client of a served store or of a remote SPARQL
 * store sends, and what {@code serve} accepts from an administrator. They are read from a file or from the
 * environment, never from the command line, where the process list would show them; {@link #toString()} never
 * shows the password.
 *
 * @param user the user name, without a colon
 * @param password the password
 */
public record Credentials(String user, String password) {
    /** The environment variables {@link #fromEnvironment} reads, by default. */
    public static final String USER_VARIABLE = "PUBLOD_USER";
    public static final String PASSWORD_VARIABLE = "PUBLOD_PASSWORD";

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.contains(":")) {
            throw new IllegalArgumentException("a user name must be non-empty and without ':'");
        }
    }

    /**
     * Reads a credentials file: its first line that is neither empty nor a {@code #} comment, as {@code user:password}
     * (the form curl's {@code --user} takes). The file is named in every error.
     */
    public static Credentials fromFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PublodException(PublodException.ErrorCode.INPUT, "cannot read the credentials file " + file
                    + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new PublodException(PublodException.ErrorCode.INPUT, file + ":" + (i + 1)
                        + ": credentials: write user:password");
            }
            return new Credentials(line.substring(0, colon), line.substring(colon + 1));
        }
        throw new PublodException(PublodException.ErrorCode.INPUT, file + ": credentials: the file holds no "
                + "user:password line");
    }

    /** The credentials in {@code userVariable} and {@code passwordVariable}, when both are set and non-empty. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> environment, String userVariable,
                                                        String passwordVariable) {
        String user = environment.get(userVariable);
        String password = environment.get(passwordVariable);
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(user, password));
    }

    /** The value of an HTTP {@code Authorization} header for basic authentication (RFC 7617, UTF-8). */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code Authorization} header value carries these credentials; compared in constant time. */
    public boolean matches(String authorizationHeader) {
        if (authorizationHeader == null) {
            return false;
        }
        return MessageDigest.isEqual(basicAuthorization().getBytes(StandardCharsets.UTF_8),
                authorizationHeader.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }
}
