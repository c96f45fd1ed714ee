package org.publod.link;

import java.util.List;

/** An online source of dblp records, asked for a title when the local index has no good candidate. */
@FunctionalInterface
public interface RecordSearch {
    List<DblpRecord> search(String title);
}
