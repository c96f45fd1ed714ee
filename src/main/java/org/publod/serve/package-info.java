/**
 * The serve stage: Fuseki and the Linked Data front end in one Jetty.
 *
 * <p>Takes the store's dataset and the public base IRI the data was published under. Gives a read-only SPARQL
 * 1.1 endpoint at {@code /publod/sparql} and, on every other path {@code /P}, the resource {@code base + P}: a
 * 303 to its document {@code base + "doc/" + P}, negotiated as HTML or RDF, and a publication's or an author's
 * also as citations (BibTeX, RIS, CSL-JSON); plus the index, search and SPARQL pages, the citations of a query's
 * publications at {@code cite}, {@code robots.txt}, {@code sitemap.xml} and {@code /.well-known/void}. Paths
 * publod never mints are reserved for these: {@code doc/}, {@code search}, {@code sparql}, {@code cite},
 * {@code robots.txt}, {@code sitemap.xml}, {@code .well-known/} and {@code publod/}.
 *
 * <p>Must not write to the store, build a link from the listening address instead of the public base, or put a
 * value into a page without escaping it.
 */
package org.publod.serve;
