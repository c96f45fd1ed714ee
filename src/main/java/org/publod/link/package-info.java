/**
 * The linking stage: takes publications (model records) and gives links to dblp records, dblp persons and
 * ORCID iDs, each with its score, method and evidence, plus the uncertain candidates for a curator to review.
 * Its reference data is a local dblp index built by streaming a dblp RDF dump ({@link org.publod.link.DblpIndexer});
 * online sources are opt-in ({@link org.publod.link.RecordSearch}, {@link org.publod.link.OrcidSearch}).
 * It must not read reports, mint IRIs or write RDF: {@code pipeline} hands it the publications and hands its
 * links to {@code map}.
 */
package org.publod.link;
