/**
 * The domain model: immutable records of what a report says (publications, authors as listed, events, journals, identifiers that check themselves) and of what a run found (diagnostics with their source location). Takes nothing from RDF, files or the network: no Jena, no I/O.
 */
package org.publod.model;
