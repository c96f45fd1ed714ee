/**
 * Opt-in online sources for linking: the dblp publication search API and the ORCID expanded search, behind a
 * polite, cached HTTP client. Takes queries, gives dblp records and ORCID hits in the {@code link} types; must not
 * be used unless the user asked for it.
 */
package org.publod.link.web;
