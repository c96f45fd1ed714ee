/**
 * SHACL validation against the profile's shapes ({@code shapes/}, bundled in the jar).
 *
 * <p>Takes an RDF graph; gives every result as a {@link org.publod.validate.Violation} a person can read, and the
 * standard SHACL validation report.
 *
 * <p>Must not decide what is published: the pipeline does, from the results.
 */
package org.publod.validate;
