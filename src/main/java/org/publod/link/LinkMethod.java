package org.publod.link;

/**
 * How a link or a review candidate was found. The label is the text the linkset states as
 * {@code publod:linkMethod} and the review file in its {@code method} column, so the labels must not change.
 */
enum LinkMethod {
    /** A publication scored against a dblp record by title, year and authors ({@link PublicationMatcher}). */
    TITLE_YEAR_AUTHORS("title+year+authors"),
    /** A curator's decision from the decisions file. */
    CURATOR("curator"),
    /** Listed authors aligned with the signatures of the matched dblp records ({@link PersonLinker}). */
    AUTHOR_ALIGNMENT("author alignment"),
    /** The institute's ORCID registry. */
    INSTITUTE_REGISTRY("institute registry"),
    /** The ORCID iDs dblp states for a dblp person. */
    DBLP_PERSON("dblp person"),
    /** The listed name, where no evidence of the authorship's own says who holds it. */
    LISTED_NAME("listed name"),
    /** The ORCID public search by name. */
    ORCID_SEARCH("ORCID search");

    private final String label;

    LinkMethod(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
