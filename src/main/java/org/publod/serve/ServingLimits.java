package org.publod.serve;

import java.time.Duration;

/**
 * What the public server allows one request: how long a SPARQL query may run, how many rows (or, for CONSTRUCT
 * and DESCRIBE, solutions) it may answer with, how large a request body may be, and whether the whole dataset may
 * be had in one response.
 *
 * @param queryTimeout how long a query may run before it is stopped and answered with an error
 * @param resultLimit the most rows a query answers with: a query without a smaller LIMIT gets this one
 * @param requestBytes the largest request body accepted; a larger one is refused with 413
 * @param dump whether the whole dataset is served, at {@value SparqlServer#DUMP_PATH}
 */
public record ServingLimits(Duration queryTimeout, long resultLimit, long requestBytes, boolean dump) {
    /** 30 seconds, 10,000 rows, 64 KiB, no dump. */
    public static final ServingLimits DEFAULTS = new ServingLimits(Duration.ofSeconds(30), 10_000, 64 * 1024, false);

    public ServingLimits {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive: " + queryTimeout);
        }
        if (resultLimit < 1 || requestBytes < 1) {
            throw new IllegalArgumentException("the result and request limits must be positive: " + resultLimit
                    + ", " + requestBytes);
        }
    }
}
