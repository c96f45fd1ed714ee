package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates escape everything but the JSON-LD, made safe for {@code <script>} first, and the quality report's
 * charts, SVG whose every text {@link BarChart} escapes.
 */
class TemplatesTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/publod/templates");

    @Test
    void noTemplateWritesAValueUnescapedButTheJsonLdAndTheCharts() throws IOException {
        List<String> raw = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher matcher = Pattern.compile("\\{\\{\\{\\s*(\\w+)\\s*}}}|\\{\\{&\\s*(\\w+)\\s*}}")
                        .matcher(Files.readString(file));
                while (matcher.find()) {
                    raw.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertEquals(List.of("head.mustache: {{{jsonLd}}}", "quality.mustache: {{{coverageChart}}}",
                "quality.mustache: {{{publicationsChart}}}"), raw.stream().sorted().toList());
    }

    @Test
    void jsonInsideAScriptElementCannotEndOrChangeIt() {
        String json = "{\"title\": \"</script><script>alert(1)</script><!-- & -->\"}";
        String safe = PageRenderer.scriptSafe(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertEquals("{\"title\": \"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
                + "\\u003c!-- \\u0026 --\\u003e\"}", safe);
    }

    @Test
    void valuesAreEscapedForHtml() {
        String page = new PageRenderer().render("sitemap", Map.of("locations", List.of("a&b<c>'\"")));
        assertTrue(page.contains("<loc>a&amp;b&lt;c&gt;&#39;&quot;</loc>"), page);
    }
}
