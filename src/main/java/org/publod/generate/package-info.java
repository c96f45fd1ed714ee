/**
 * Reproducible generators of realistic input: IPPT PAN reports and dblp dumps of any size.
 *
 * <p>Takes a size, a seed and a share of defects; gives the text of a report or a dump, the same for the same seed.
 * Used by benchmarks, by tests and by users who size their hardware.
 *
 * <p>Must not depend on any other stage: what it writes is read back through the real readers.
 */
package org.publod.generate;
