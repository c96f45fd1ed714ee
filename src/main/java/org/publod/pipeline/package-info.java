/**
 * Wires the stages: parse, map, validate, and hand what conforms to a sink, entry by entry.
 *
 * <p>Takes reports and the run's settings; gives a run report (entries read, published and rejected with their
 * reasons, triples, time) and tells a {@link org.publod.pipeline.RunListener} of each finding as it comes.
 *
 * <p>The only package that knows every stage: stages exchange model records through it. Only {@code cli} uses it.
 */
package org.publod.pipeline;
