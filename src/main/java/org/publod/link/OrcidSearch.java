package org.publod.link;

import java.util.List;
import org.publod.model.Orcid;

/** An online source of ORCID records, asked by family and given names. */
@FunctionalInterface
public interface OrcidSearch {
    /**
     * One ORCID record found.
     *
     * @param orcid the verified iD
     * @param givenNames the given names on the record, empty if not public
     * @param familyName the family name on the record, empty if not public
     */
    record Hit(Orcid orcid, String givenNames, String familyName) {
    }

    List<Hit> search(String familyName, String givenNames);
}
