/**
 * Reading institute reports: {@link org.publod.parse.ReportReader} streams a report entry by entry and gives each as accepted (a publication and its warnings) or rejected (the raw text and every problem, as file:line: field: problem). It maps nothing to RDF and must not drop an entry silently.
 */
package org.publod.parse;
