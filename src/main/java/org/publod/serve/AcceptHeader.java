package org.publod.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header, and the choice of the format that fits it best (RFC 9110 section 12.5.1): each
 * offered media type gets the quality of the most specific range that matches it; a quality of 0 refuses it; among
 * equal qualities the server's order decides. A missing or empty header accepts everything.
 */
final class AcceptHeader {
    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new Range("*", "*", 1.0));
            return new AcceptHeader(ranges);
        }
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String[] type = parts[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue; // RFC 9110: a recipient may ignore what it cannot parse
            }
            ranges.add(new Range(type[0], type[1], quality(parts)));
        }
        return new AcceptHeader(ranges);
    }

    /** The best of the offered formats, or none when the header refuses them all. */
    Optional<MediaFormat> choose(List<MediaFormat> offered) {
        MediaFormat best = null;
        double bestQuality = 0;
        for (MediaFormat format : offered) {
            double quality = format.mediaTypes().stream().mapToDouble(this::quality).max().orElse(0);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The best of the offered media types, the first on a tie, or none when the header refuses them all. */
    Optional<String> chooseType(List<String> offered) {
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            if (quality(type) > bestQuality) {
                best = type;
                bestQuality = quality(type);
            }
        }
        return Optional.ofNullable(best);
    }

    private double quality(String mediaType) {
        String[] type = mediaType.split("/", 2);
        Range mostSpecific = null;
        for (Range range : ranges) {
            if (range.matches(type[0], type[1])
                    && (mostSpecific == null || range.specificity() > mostSpecific.specificity())) {
                mostSpecific = range;
            }
        }
        return mostSpecific == null ? 0 : mostSpecific.quality();
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Math.max(0, Math.min(1, Double.parseDouble(pair[1].trim())));
                } catch (NumberFormatException e) {
                    return 0; // a weight that cannot be read accepts nothing rather than everything
                }
            }
        }
        return 1.0;
    }

    /** One media range with its weight. */
    private record Range(String type, String subtype, double quality) {
        boolean matches(String otherType, String otherSubtype) {
            return (type.equals("*") || type.equals(otherType))
                    && (subtype.equals("*") || subtype.equals(otherSubtype));
        }

        int specificity() {
            return (type.equals("*") ? 0 : 1) + (subtype.equals("*") ? 0 : 1);
        }
    }
}
