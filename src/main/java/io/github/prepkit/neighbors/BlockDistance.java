package io.github.prepkit.neighbors;

/**
 * A metric's distance kernel over {@link RowBlocks}. The search ranks rows by a reduced distance (one that
 * orders rows as the distance does but is cheaper: the squared distance for Euclidean, the sum of |difference|^p
 * for Minkowski) and finds it in two steps: {@link #screen} computes for a whole block a fast value from which
 * {@link #threshold} tells whether a row could beat the current k-th nearest, and only rows that could get their
 * exact reduced distance from {@link #reduced}.
 */
abstract sealed class BlockDistance permits EuclideanBlockDistance, MinkowskiBlockDistance {

    /** The kernel for {@code metric} (with {@code p} for Minkowski) over {@code rows}. */
    static BlockDistance of(Metric metric, double p, RowBlocks rows) {
        return switch (metric) {
            case EUCLIDEAN -> new EuclideanBlockDistance(rows);
            case MANHATTAN -> new MinkowskiBlockDistance(rows, 1);
            case MINKOWSKI -> p == 2 ? new EuclideanBlockDistance(rows) : new MinkowskiBlockDistance(rows, p);
        };
    }

    /** Whatever the kernel needs once per query row (the query starts at {@code queries[at]}). */
    abstract double prepare(double[] queries, int at);

    /** Writes into {@code screened} the screening value of every row of block {@code b} against the query at {@code queries[at]}. */
    abstract void screen(double[] queries, int at, int b, Screened screened);

    /**
     * The bound below which a screening value may belong to a row whose reduced distance is under
     * {@code worst}; a row whose screening value is at least this (not NaN) is certainly no nearer.
     */
    abstract double threshold(double worst, double prepared);

    /** The exact reduced distance of row {@code t} of block {@code b}, whose screening value is {@code screened}. */
    abstract double reduced(double[] queries, int at, int b, int t, double screened);

    /**
     * One feature's share of the reduced distance when query and row differ by {@code difference} there: the
     * reduced distance is the sum of the shares, added in column order starting from 0, whichever way it is computed.
     */
    abstract double term(double difference);

    /** The distance whose reduced distance is {@code reduced}. */
    abstract double distance(double reduced);
}
