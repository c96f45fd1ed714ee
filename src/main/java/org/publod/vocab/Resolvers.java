package org.publod.vocab;

/**
 * Where identifiers resolve on the web: the prefixes that turn an identifier into a link a person can follow. The
 * one home of these prefixes; free of Jena, so that the model's identifier records can use it too.
 */
public final class Resolvers {
    /** DOI names resolve under the DOI Foundation's proxy. */
    public static final String DOI = "https://doi.org/";
    /** ORCID iDs are IRIs under this prefix. */
    public static final String ORCID = "https://orcid.org/";
    /** dblp's person and record IRIs start with this prefix. */
    public static final String DBLP = "https://dblp.org/";
    /** A dblp record's IRI is this prefix and its key ({@code conf/icml/LudziejewskiKA24}). */
    public static final String DBLP_RECORD = DBLP + "rec/";
    /** A dblp person's IRI is this prefix and its pid ({@code 76/819}). */
    public static final String DBLP_PERSON = DBLP + "pid/";
    /** dblp's publication search API (JSON), the default of {@code link --dblp-api-url}. */
    public static final String DBLP_SEARCH_API = DBLP + "search/publ/api";
    /** ROR ids resolve under this prefix. */
    public static final String ROR = "https://ror.org/";

    private Resolvers() {
    }

    /** The web site a prefix belongs to, as a linkset names its target dataset: {@code https://dblp.org}. */
    public static String site(String prefix) {
        int path = prefix.indexOf('/', "https://".length());
        return path < 0 ? prefix : prefix.substring(0, path);
    }
}
