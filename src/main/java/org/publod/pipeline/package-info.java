/**
 * Wires the stages: parse, map, validate, and hand what conforms to a sink, entry by entry, with the run's findings reported to a {@link org.publod.pipeline.RunListener}. The only package that knows every stage; stages exchange model records through it.
 */
package org.publod.pipeline;
