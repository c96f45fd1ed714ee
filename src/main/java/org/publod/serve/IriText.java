package org.publod.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Converts between IRIs, as the store holds them, and URIs, as HTTP carries them (RFC 3987 sections 3.1 and
 * 3.2). An IRI keeps letters of any script; its URI form percent-encodes their UTF-8 bytes. Percent-encodings
 * that are already in an IRI are kept as they are, so an IRI survives the trip to a URI and back unchanged.
 */
final class IriText {
    private static final String HEX = "0123456789ABCDEF";
    /** RFC 3986 unreserved, reserved and '%': the ASCII characters a URI may carry as they are. */
    private static final String URI_ASCII = "-._~:/?#[]@!$&'()*+,;=%";
    /** Characters that no IRI contains; keeping them out also keeps an IRI safe inside SPARQL's {@code <...>}. */
    private static final String NEVER_IN_IRI = "<>\"{}|\\^`";

    private IriText() {
    }

    /** The URI form of an IRI (RFC 3987 section 3.1): every character a URI cannot carry is percent-encoded. */
    static String toUri(String iri) {
        StringBuilder uri = new StringBuilder(iri.length() + 16);
        iri.codePoints().forEach(codePoint -> {
            if (codePoint < 0x80 && (Character.isLetterOrDigit(codePoint) || URI_ASCII.indexOf(codePoint) >= 0)) {
                uri.append((char) codePoint);
            } else {
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
        });
        return uri.toString();
    }

    /**
     * The IRI a URI (or a request path) stands for (RFC 3987 section 3.2): percent-encoded UTF-8 sequences of
     * non-ASCII characters and of unreserved ASCII characters are decoded, every other percent-encoding is kept
     * with upper-case hex digits, and characters already decoded stay as they are.
     */
    static String fromUri(String uri) {
        StringBuilder iri = new StringBuilder(uri.length());
        int i = 0;
        while (i < uri.length()) {
            char c = uri.charAt(i);
            if (c != '%' || !isEscape(uri, i)) {
                iri.append(c);
                i++;
                continue;
            }
            int end = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (end < uri.length() && uri.charAt(end) == '%' && isEscape(uri, end)) {
                bytes.write(Integer.parseInt(uri.substring(end + 1, end + 3), 16));
                end += 3;
            }
            iri.append(decodeRun(bytes.toByteArray()));
            i = end;
        }
        return iri.toString();
    }

    /**
     * The text with the hex digits of its percent-encodings in upper case, the form RFC 3986 section 2.1 asks
     * producers to use and publod mints: {@code %c3%b3} and {@code %C3%B3} are the same octet.
     */
    static String upperCaseEscapes(String text) {
        StringBuilder normalized = new StringBuilder(text);
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (isEscape(text, i)) {
                normalized.setCharAt(i + 1, Character.toUpperCase(text.charAt(i + 1)));
                normalized.setCharAt(i + 2, Character.toUpperCase(text.charAt(i + 2)));
            }
        }
        return normalized.toString();
    }

    /** Whether the text can stand for an IRI: no space, control character or character RFC 3987 excludes. */
    static boolean isPlausibleIri(String text) {
        return !text.isEmpty() && text.codePoints().noneMatch(c -> c <= 0x20 || c == 0x7F
                || (c >= 0x80 && c <= 0x9F) || NEVER_IN_IRI.indexOf(c) >= 0);
    }

    /** Decodes what may be decoded of one run of percent-encoded bytes; the rest stays encoded. */
    private static String decodeRun(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes[i]);
            String decoded = length > 0 && i + length <= bytes.length ? utf8(bytes, i, length) : null;
            if (decoded != null && (length > 1 || isUnreserved(decoded.charAt(0)))) {
                out.append(decoded);
                i += length;
            } else {
                out.append('%').append(HEX.charAt((bytes[i] >> 4) & 0xF)).append(HEX.charAt(bytes[i] & 0xF));
                i++;
            }
        }
        return out.toString();
    }

    private static String utf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the bytes stay percent-encoded, as RFC 3987 section 3.2 step 3 says
        }
    }

    private static int sequenceLength(byte first) {
        int b = first & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        return b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    }

    private static boolean isUnreserved(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
    }

    private static boolean isEscape(String text, int at) {
        return at + 2 < text.length() && HEX.indexOf(Character.toUpperCase(text.charAt(at + 1))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(at + 2))) >= 0;
    }
}
