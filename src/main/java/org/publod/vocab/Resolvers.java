package org.publod.vocab;

/** Where identifiers resolve on the web: the prefixes that turn an identifier into a link a person can follow. */
public final class Resolvers {
    /** DOI names resolve under the DOI Foundation's proxy. */
    public static final String DOI = "https://doi.org/";
    /** ORCID iDs are IRIs under this prefix. */
    public static final String ORCID = "https://orcid.org/";
    /** dblp's person and record IRIs start with this prefix. */
    public static final String DBLP = "https://dblp.org/";
    /** ROR ids resolve under this prefix. */
    public static final String ROR = "https://ror.org/";

    private Resolvers() {
    }
}
