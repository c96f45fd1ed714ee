package org.publod.model;

/** How much a problem matters: an error rejects its entry, a warning is reported and the entry published. */
public enum Severity {
    WARNING,
    ERROR
}
