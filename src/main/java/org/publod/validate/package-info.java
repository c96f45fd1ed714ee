/**
 * SHACL validation against the profile's shapes ({@code shapes/}, bundled in the jar): every result as a {@link org.publod.validate.Violation} a person can read, plus the standard report; and the checks over a whole run and the store ({@link org.publod.validate.WholeRunCheck}), which keep only small keys per entry and look the store up through {@link org.publod.validate.StoredEntries}. It decides nothing about publishing: the pipeline does.
 */
package org.publod.validate;
