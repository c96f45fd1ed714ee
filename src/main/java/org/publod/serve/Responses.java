package org.publod.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** How the front end answers: bodies with their types, plain-text errors a person can read, security headers. */
final class Responses {
    static final String TEXT = "text/plain; charset=utf-8";
    /** The template that holds the pages' one style element. */
    static final String STYLED_TEMPLATE = "publod/templates/head.mustache";
    /** The CSP source that allows that style element and no other: the hash of its text (CSP Level 3). */
    static final String STYLE_HASH = "'sha256-" + Base64.getEncoder().encodeToString(StoreVersion.sha256()
            .digest(styleElementText().getBytes(StandardCharsets.UTF_8))) + "'";
    /** The template that holds the one script that runs: the copy button of a publication's "Cite" block. */
    static final String SCRIPTED_TEMPLATE = "publod/templates/cite.mustache";
    /** The CSP source that allows that script and no other: the hash of its text (CSP Level 3). */
    static final String SCRIPT_HASH = "'sha256-" + Base64.getEncoder().encodeToString(StoreVersion.sha256()
            .digest(elementText(SCRIPTED_TEMPLATE, "script").getBytes(StandardCharsets.UTF_8))) + "'";

    private Responses() {
    }

    static void send(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void send(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        send(response, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain-text answer: errors, and the short body of a redirect. */
    static void text(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, TEXT, message.endsWith("\n") ? message : message + "\n");
    }

    /**
     * An HTML page, with a content security policy that allows nothing but its own style element (by hash),
     * data-URL images and the search and query forms, and no script but the copy button's (by hash): the JSON-LD
     * script element is data that no browser runs, and nothing the data says can run.
     */
    static void html(HttpServletResponse response, PublicBase base, String page) throws IOException {
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src " + STYLE_HASH + "; "
                + "script-src " + SCRIPT_HASH + "; "
                + "img-src data:; form-action 'self' " + base.origin() + "; base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        send(response, HttpServletResponse.SC_OK, MediaFormat.HTML.contentType(), page);
    }

    /**
     * The SPARQL page: as {@link #html}, and also the query editor's scripts and style sheet, which come from the
     * site itself ({@link Assets}), and its queries, which go to the site's own endpoint. No inline script runs.
     * The editor's result table adds style elements of its own (for resizable columns), so this one page allows
     * inline styles; with scripts limited to the site's own files, a style cannot make anything run.
     */
    static void htmlWithEditor(HttpServletResponse response, PublicBase base, String page) throws IOException {
        String site = "'self' " + base.origin();
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src " + site + "; style-src "
                + site + " 'unsafe-inline'; img-src data: " + site + "; connect-src " + site + "; form-action "
                + site + "; base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        send(response, HttpServletResponse.SC_OK, MediaFormat.HTML.contentType(), page);
    }

    /** The text of the style element in the page template, exactly as every page carries it. */
    private static String styleElementText() {
        return elementText(STYLED_TEMPLATE, "style");
    }

    /** The text of the first element of a name in a template, exactly as the pages carry it. */
    static String elementText(String templatePath, String element) {
        try (InputStream in = Responses.class.getClassLoader().getResourceAsStream(templatePath)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + templatePath);
            }
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = template.indexOf("<" + element + ">") + element.length() + 2;
            return template.substring(start, template.indexOf("</" + element + ">", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 406, saying what the document can be had in and how to ask for it. */
    static void notAcceptable(HttpServletResponse response, String accept, String format, List<MediaFormat> offered)
            throws IOException {
        StringBuilder message = new StringBuilder("406 Not Acceptable: ");
        message.append(format != null ? "?format=" + format + " names no format served here"
                : "no format served here fits \"Accept: " + accept + "\"").append(".\n\nAsk for one of:\n");
        for (MediaFormat each : offered) {
            message.append("  ").append(each.mediaType()).append("  (or ?format=").append(each.formatName())
                    .append(")\n");
        }
        text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, message.toString());
    }
}
