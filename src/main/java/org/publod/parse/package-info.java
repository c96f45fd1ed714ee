/**
 * Reading institute reports.
 *
 * <p>Takes a report file and its encoding; {@link org.publod.parse.ReportReader} streams it entry by entry and gives
 * each entry as accepted (a publication and its warnings) or rejected (the raw text and every problem, as
 * {@code file:line: field: problem}).
 *
 * <p>Must not map to RDF, drop an entry silently, or move text from one field to another without a warning.
 */
package org.publod.parse;
