/**
 * Reproducible generators of realistic test input (IPPT PAN reports, dblp dumps) for benchmarks, tests and users sizing their hardware.
 */
package org.publod.generate;
