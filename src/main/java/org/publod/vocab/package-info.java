/**
 * Vocabulary: one final class of constants per namespace (field name = the term's local name), the one prefix mapping every writer and query uses, and the JSON-LD compactor with the profile's context. No IRI string appears in main code outside this package and the IRI minter.
 */
package org.publod.vocab;
