package org.publod.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;

/**
 * Conditional GET for documents (RFC 9110 section 13): the ETag and Last-Modified of a representation, and whether
 * the client's copy is still current, by {@code If-None-Match} first, else by {@code If-Modified-Since}.
 */
final class Validators {
    private Validators() {
    }

    /**
     * Sets the validators on the response and tells whether the client's copy is current (then answer 304).
     */
    static boolean setAndCheck(HttpServletRequest request, HttpServletResponse response, StoreVersion version,
                               MediaFormat format) {
        String entityTag = version.entityTag(format);
        response.setHeader("ETag", entityTag);
        response.setHeader("Cache-Control", "no-cache");
        version.lastModified().ifPresent(time -> response.setDateHeader("Last-Modified", time.toEpochMilli()));
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(entityTag));
        }
        return version.lastModified().map(time -> notModifiedSince(request, time)).orElse(false);
    }

    private static boolean notModifiedSince(HttpServletRequest request, Instant lastModified) {
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // an unreadable date validates nothing: the client gets the document
        }
        return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
    }
}
