package org.publod.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * Renders the HTML templates ({@code publod/templates/*.mustache} in the jar). Mustache has no logic and
 * HTML-escapes every value; the values written raw are the embedded JSON-LD, which {@link #scriptSafe} has
 * already made safe inside a {@code <script>} element, and the quality report's SVG charts, whose every text
 * {@link BarChart} escapes.
 */
final class PageRenderer {
    private final MustacheFactory factory = new DefaultMustacheFactory("publod/templates");

    /** Renders a template with its scopes; later scopes are looked up first. */
    String render(String template, Object... scopes) {
        StringWriter out = new StringWriter();
        factory.compile(template + ".mustache").execute(out, scopes);
        return out.toString();
    }

    /**
     * JSON text made safe as the content of a {@code <script>} element: '<', '>' and '&' only ever occur inside
     * JSON strings, where their {@code \\uXXXX} escapes mean the same, and without them no {@code </script>} or
     * {@code <!--} can end or change the element (HTML, "restrictions for contents of script elements").
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
