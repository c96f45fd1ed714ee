package org.publod.serve;

/**
 * A link as a page shows it.
 *
 * @param href where it goes, as a URI
 * @param text what it says
 */
record Link(String href, String text) {
}
