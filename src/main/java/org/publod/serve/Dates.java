package org.publod.serve;

import org.publod.vocab.SCHEMA;

/** How pages write dates. */
final class Dates {
    private Dates() {
    }

    /** An event's dates: "start – end", or one date when it lasts a day; empty when unknown. */
    static String range(Description event) {
        String start = event.textOrEmpty(SCHEMA.startDate);
        String end = event.textOrEmpty(SCHEMA.endDate);
        if (start.isEmpty() || end.isEmpty() || start.equals(end)) {
            return start.isEmpty() ? end : start;
        }
        return start + " – " + end;
    }
}
