package org.publod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path folder;

    @Test
    void aFileGivesItsFirstUserPasswordLineAndThePasswordMayHoldColons() throws IOException {
        Path file = folder.resolve("admin.credentials");
        Files.writeString(file, "# publod administrator\n\nlibrarian:s3cret:with:colons\nother:line\n",
                StandardCharsets.UTF_8);
        Credentials credentials = Credentials.fromFile(file);
        assertEquals("librarian", credentials.user());
        assertEquals("s3cret:with:colons", credentials.password());
    }

    @Test
    void aLineWithoutUserIsNamedByFileAndLine() throws IOException {
        Path file = folder.resolve("bad.credentials");
        Files.writeString(file, "# comment\n:nouser\n", StandardCharsets.UTF_8);
        PublodException error = assertThrows(PublodException.class, () -> Credentials.fromFile(file));
        assertEquals(PublodException.ErrorCode.INPUT, error.code());
        assertTrue(error.getMessage().startsWith(file + ":2: credentials"), error.getMessage());
    }

    @Test
    void aMissingFileIsAnInputError() {
        PublodException error = assertThrows(PublodException.class,
                () -> Credentials.fromFile(folder.resolve("absent")));
        assertEquals(PublodException.ErrorCode.INPUT, error.code());
    }

    @Test
    void theEnvironmentNeedsBothVariables() {
        assertEquals(Optional.of(new Credentials("a", "b")), Credentials.fromEnvironment(
                Map.of("U", "a", "P", "b"), "U", "P"));
        assertEquals(Optional.empty(), Credentials.fromEnvironment(Map.of("U", "a"), "U", "P"));
        assertEquals(Optional.empty(), Credentials.fromEnvironment(Map.of("U", "a", "P", ""), "U", "P"));
    }

    @Test
    void basicAuthorizationIsRfc7617AndMatchesOnlyItself() {
        Credentials credentials = new Credentials("Aladdin", "open sesame");
        assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", credentials.basicAuthorization());
        assertTrue(credentials.matches("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="));
        assertFalse(credentials.matches("Basic QWxhZGRpbjpvcGVuIHNlc2FtZR=="));
        assertFalse(credentials.matches(null));
    }

    @Test
    void thePasswordNeverShowsInText() {
        assertFalse(new Credentials("user", "hunter2").toString().contains("hunter2"));
    }
}
