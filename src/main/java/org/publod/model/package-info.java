/**
 * The domain model: immutable records.
 *
 * <p>Holds what a report says (publications, authors as listed, events, journals, books, identifiers that check
 * themselves) and what a run found (diagnostics with their source location, links with their evidence).
 *
 * <p>Must not depend on RDF, files, the network or any stage: no Jena, no I/O.
 */
package org.publod.model;
