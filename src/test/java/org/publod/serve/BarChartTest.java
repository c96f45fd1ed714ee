package org.publod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void drawsOneBarPerCategoryAndSeriesScaledToTheLargestValue() throws Exception {
        BarChart chart = new BarChart("Publications", List.of("2023", "2024"), List.of(
                new BarChart.Series("papers", List.of(2.0, 4.0)), new BarChart.Series("abstracts", List.of(1.0, 0.0))),
                "", 0);
        NodeList rects = parse(chart.svg()).getElementsByTagNameNS(SVG, "rect");
        List<Element> bars = IntStream.range(0, rects.getLength())
                .mapToObj(i -> (Element) rects.item(i)).filter(rect -> rect.getAttribute("class").equals("bar"))
                .toList();
        assertEquals(4, bars.size());
        assertEquals(List.of("2023: papers 2", "2023: abstracts 1", "2024: papers 4", "2024: abstracts 0"),
                bars.stream().map(Element::getTextContent).toList());
        double tallest = Double.parseDouble(bars.get(2).getAttribute("height"));
        assertEquals(tallest / 2, Double.parseDouble(bars.get(0).getAttribute("height")), 1.0);
        assertEquals(0, Double.parseDouble(bars.get(3).getAttribute("height")));
    }

    @Test
    void escapesEveryText() throws Exception {
        String svg = new BarChart("<script>alert(1)</script> & co", List.of("</svg><b>"), List.of(
                new BarChart.Series("\"quoted\" <i>", List.of(50.0))), "%", 100).svg();
        assertFalse(svg.contains("<script>") || svg.contains("</svg><b>") || svg.contains("<i>"), svg);
        assertEquals("<script>alert(1)</script> & co", parse(svg).getElementsByTagNameNS(SVG, "title").item(0)
                .getTextContent());
        assertTrue(svg.contains(">100%</text>"), "a share's scale ends at 100%: " + svg);
    }

    @Test
    void refusesSeriesOfAnotherLength() {
        assertThrows(IllegalArgumentException.class, () -> new BarChart("x", List.of("2024"),
                List.of(new BarChart.Series("s", List.of(1.0, 2.0))), "", 0));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
