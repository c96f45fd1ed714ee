package org.publod.link;

/**
 * How sure a piece of evidence makes the linker, one name per kind of evidence. The values are what the linkset
 * states as a link's score and the review file as a candidate's score, so renaming is free but changing a value
 * changes published output. Scores computed from several facts (a publication's weighted score, a pid several
 * authorships agree on) start from or are capped by these.
 */
enum Confidence {
    /** A curator accepted the link; nothing the matcher finds overrides it. */
    CURATOR(1.0),
    /** The institute's registry states the iD or pid for the listed name. */
    INSTITUTE_REGISTRY(1.0),
    /** The report and dblp give the same DOI; kept below 1 because a DOI can be mistyped into the wrong entry. */
    DOI_MATCH(0.99),
    /** The most an author alignment reaches however many authorships agree: only a source or curator is sure. */
    ALIGNMENT_CAP(0.99),
    /** dblp states one ORCID iD on the person whose pid we linked. */
    DBLP_PERSON_ORCID(0.95),
    /** The listed author agrees exactly with the dblp signature at the same position. */
    SAME_POSITION(0.9),
    /** The listed author agrees at the same position only up to transliteration (Szewczenko / Shevchenko). */
    SAME_POSITION_TRANSLITERATED(0.85),
    /** The listed author agrees exactly with the one signature at another position (the order changed). */
    OTHER_POSITION(0.85),
    /** Another position and only up to transliteration: two weak signs together. */
    OTHER_POSITION_TRANSLITERATED(0.75),
    /**
     * An authorship without evidence of its own joins the one person that evidence found under its listed name:
     * the name is only the fallback, as sure as a candidate worth a curator's look and no surer.
     */
    LISTED_NAME(0.6),
    /** An ORCID record whose name agrees with the listed one; names alone never decide, so it is for review. */
    ORCID_NAME_ONLY(0.7),
    /**
     * Sources disagree (the registry against the alignment, several pids or iDs for one name): each side goes
     * to review at this score, which says "one of these, a curator decides", not a measured probability.
     */
    CONFLICT(0.5);

    /**
     * Added to the best alignment score for each further authorship that aligns with the same pid: a person seen
     * at the same pid in several papers is surer than one seen once, without any count reaching certainty.
     */
    static final double PER_AGREEING_AUTHORSHIP = 0.03;

    private final double score;

    Confidence(double score) {
        this.score = score;
    }

    double score() {
        return score;
    }
}
