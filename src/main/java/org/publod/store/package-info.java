/**
 * Where published graphs live.
 *
 * <p>Takes named graphs (one per report) and SPARQL; gives query results. The embedded TDB2 store and any SPARQL 1.1
 * store sit behind {@link org.publod.store.PublodStore}; the union of the reports' graphs is the default graph for
 * queries.
 *
 * <p>Must not parse reports or map records: it stores and answers what it is given.
 */
package org.publod.store;
