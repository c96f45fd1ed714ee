/**
 * SHACL validation against the profile's shapes ({@code shapes/}, bundled in the jar): every result as a {@link org.publod.validate.Violation} a person can read, plus the standard report. It decides nothing about publishing: the pipeline does.
 */
package org.publod.validate;
