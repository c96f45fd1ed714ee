/**
 * SHACL validation against the profile's shapes ({@code shapes/}, bundled in the jar), and the checks over a whole
 * run and the store ({@link org.publod.validate.WholeRunCheck}).
 *
 * <p>Takes an RDF graph; gives every result as a {@link org.publod.validate.Violation} a person can read, and the
 * standard SHACL validation report. The whole-run checks keep only small keys per entry (DOIs, ISSNs, journal
 * names) and look up what the store holds through {@link org.publod.validate.StoredEntries}.
 *
 * <p>Must not decide what is published: the pipeline does, from the results.
 */
package org.publod.validate;
