package org.publod.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The people of generated reports: how many there are and how unevenly they publish. */
class ReportGeneratorTest {
    /** An affiliation line: the author as listed, a dash, the affiliation. */
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?m)^(.+?)-(IPPT PAN|other affiliation|inna afiliacja)$");

    @Test
    void thePoolGrowsWithTheReportAndAFewPeoplePublishMostOften() {
        Map<String, Integer> entriesByAuthor = entriesByAuthor(generate(20_000, 7));
        List<Integer> counts = entriesByAuthor.values().stream().sorted().toList();
        int median = counts.get(counts.size() / 2);
        int most = counts.get(counts.size() - 1);
        assertTrue(entriesByAuthor.size() > 6_000, "more people than the smallest pool: " + entriesByAuthor.size());
        assertTrue(most > 20 * median, "the most prolific person (" + most + " entries) far above the median ("
                + median + ")");
        assertTrue(most < 2_000, "but not on every tenth entry: " + most);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertEquals(generate(500, 3), generate(500, 3));
    }

    private static String generate(long entries, long seed) {
        StringWriter out = new StringWriter();
        new ReportGenerator(seed, 0).write(entries, out);
        return out.toString();
    }

    private static Map<String, Integer> entriesByAuthor(String report) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher line = AFFILIATION.matcher(report);
        while (line.find()) {
            counts.merge(line.group(1), 1, Integer::sum);
        }
        return counts;
    }
}
