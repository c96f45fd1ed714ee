package org.publod.link;

import java.util.List;
import java.util.Objects;
import org.publod.vocab.Resolvers;

/**
 * A dblp person: every name dblp knows them by, and the ORCID iDs it states for them.
 *
 * @param pid the pid ("152/3896")
 * @param names the names, primary name first when dblp marks one, homonym numbers included
 * @param orcids checksum-verified ORCID iDs
 */
public record DblpPerson(String pid, List<String> names, List<String> orcids) {
    public DblpPerson {
        Objects.requireNonNull(pid, "pid");
        names = List.copyOf(names);
        orcids = List.copyOf(orcids);
    }

    public String url() {
        return Resolvers.DBLP_PERSON + pid;
    }
}
