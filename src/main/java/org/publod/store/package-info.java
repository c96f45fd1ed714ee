/**
 * Where published graphs live: the embedded TDB2 store and any SPARQL 1.1 store behind {@link org.publod.store.PublodStore}, one named graph per report, the union of them as the default graph for queries.
 */
package org.publod.store;
