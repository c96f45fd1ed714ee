/**
 * Vocabulary: one final class of constants per namespace (field name = the term's local name), and the one prefix
 * mapping that every writer and query uses.
 *
 * <p>Takes nothing and depends on no stage. No IRI string appears in main code outside this package and the IRI
 * minter.
 */
package org.publod.vocab;
