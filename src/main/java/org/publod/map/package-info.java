/**
 * Records to RDF in the publod profile: {@link org.publod.map.PublicationMapper} for publications, the provenance of report graphs and the dataset description. {@link org.publod.map.IriMinter} mints every IRI, so IRIs stay stable across runs and reports. It reads no files and talks to no store.
 */
package org.publod.map;
