package org.publod.link;

import java.util.Objects;
import java.util.Optional;

/**
 * One author of a dblp record: dblp's {@code dblp:AuthorSignature}.
 *
 * @param ordinal the 1-based position ({@code dblp:signatureOrdinal})
 * @param dblpName the name as dblp prints it, homonym number included ("Manish Singh 0001")
 * @param pid the dblp person's pid ("78/459-1"), if the signature is linked to one
 * @param orcid the ORCID iD dblp states for this signature, already checksum-verified
 */
public record DblpSignature(int ordinal, String dblpName, Optional<String> pid, Optional<String> orcid) {
    public DblpSignature {
        Objects.requireNonNull(dblpName, "dblpName");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(orcid, "orcid");
        if (ordinal < 1) {
            throw new IllegalArgumentException("signature ordinals start at 1, was " + ordinal);
        }
    }

    /** The name without dblp's homonym number: "Manish Singh 0001" reads "Manish Singh". */
    public String displayName() {
        return stripHomonymNumber(dblpName);
    }

    static String stripHomonymNumber(String name) {
        return name.replaceFirst("\\s+\\d{4}$", "").strip();
    }
}
