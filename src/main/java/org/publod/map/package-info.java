/**
 * Records to RDF in the publod profile.
 *
 * <p>Takes model records (a publication, a report's provenance, a linkset, the dataset's counts); gives Jena models
 * in the profile described in {@code docs/PROFILE.md}. {@link org.publod.map.PublicationMapper} maps publications,
 * and {@link org.publod.map.IriMinter} mints every IRI, so IRIs stay stable across runs and reports.
 *
 * <p>Must not read files, talk to a store or decide what is published: it maps what it is given.
 */
package org.publod.map;
