package org.publod;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, in lower-case hexadecimal: the one hash publod names things by. */
public final class Sha256 {
    private Sha256() {
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, as 64 hexadecimal digits. */
    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new PublodException(PublodException.ErrorCode.INTERNAL, "this Java has no SHA-256", e);
        }
    }
}
