package org.publod.model;

/** The kinds of publication an institute report lists. */
public enum Category {
    CONFERENCE_PAPER,
    WORKSHOP_PAPER,
    JOURNAL_ARTICLE,
    CONFERENCE_ABSTRACT,
    MONOGRAPH,
    CHAPTER
}
