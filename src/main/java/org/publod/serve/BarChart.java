package org.publod.serve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A bar chart drawn as SVG on the server, so that the page needs no script: one group of bars per category (a
 * year), one bar per series, a scale from 0 to the largest value, and a legend. Every text is escaped; each bar
 * carries a {@code <title>} with its category, series and value, which browsers show on hover and screen readers
 * read. The SVG is well-formed XML and can stand inside an HTML page.
 *
 * @param title what the chart shows, its accessible name
 * @param categories the groups along the x axis, in order
 * @param series the bars of each group
 * @param unit what the values are counted in, after each value ("" or "%")
 * @param top the value at the top of the scale, or 0 for the largest value (a share's scale ends at 100)
 */
record BarChart(String title, List<String> categories, List<Series> series, String unit, double top) {
    private static final int HEIGHT = 220;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    private static final int LEFT = 44;
    private static final int BAR = 14;
    private static final int GAP = 12;
    private static final int MIN_WIDTH = 420;
    /** Roughly how wide a character of the legend is, at the chart's font size. */
    private static final int CHARACTER = 7;
    private static final List<String> COLOURS = List.of("#3465a4", "#f57900", "#4e9a06", "#75507b");

    BarChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series each : series) {
            if (each.values().size() != categories.size()) {
                throw new IllegalArgumentException(each.name() + ": " + each.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /**
     * One kind of bar.
     *
     * @param name its name in the legend
     * @param values one value per category
     */
    record Series(String name, List<Double> values) {
        Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    /** The chart as an {@code <svg>} element. */
    String svg() {
        int groupWidth = Math.max(1, series.size()) * BAR + GAP;
        int width = Math.max(Math.max(MIN_WIDTH, LEFT + legendWidth()), LEFT + categories.size() * groupWidth + GAP);
        double max = top > 0 ? top : series.stream().flatMap(each -> each.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double scale = max > 0 ? (HEIGHT - TOP - BOTTOM) / max : 0;
        int baseline = HEIGHT - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"11\">\n<title>")
                .append(escape(title)).append("</title>\n");
        svg.append(line(LEFT, baseline, width - GAP / 2, baseline));
        svg.append(text(LEFT - 4, baseline, "end", "0"));
        svg.append(text(LEFT - 4, TOP, "end", number(max) + unit));
        legend(svg);
        for (int c = 0; c < categories.size(); c++) {
            int x = LEFT + GAP / 2 + c * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).values().get(c);
                long height = Math.round(value * scale);
                svg.append("<rect class=\"bar\" x=\"").append(x + s * BAR).append("\" y=\"").append(baseline - height)
                        .append("\" width=\"").append(BAR - 2).append("\" height=\"").append(height)
                        .append("\" fill=\"").append(COLOURS.get(s % COLOURS.size())).append("\"><title>")
                        .append(escape(categories.get(c) + ": " + series.get(s).name() + " " + number(value) + unit))
                        .append("</title></rect>\n");
            }
            svg.append(text(x + (groupWidth - GAP) / 2, baseline + 14, "middle", categories.get(c)));
        }
        return svg.append("</svg>").toString();
    }

    private void legend(StringBuilder svg) {
        int x = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.get(s % COLOURS.size())).append("\"/>\n");
            String name = series.get(s).name();
            svg.append(text(x + 14, 15, "start", name));
            x += legendEntryWidth(name);
        }
    }

    private int legendWidth() {
        return series.stream().mapToInt(each -> legendEntryWidth(each.name())).sum();
    }

    private static int legendEntryWidth(String name) {
        return 24 + CHARACTER * name.length();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#777\"/>\n";
    }

    private static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + escape(content) + "</text>\n";
    }

    /** A value as a person reads it: whole numbers without decimals, others with one. */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }
}
