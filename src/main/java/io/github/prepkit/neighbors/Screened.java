package io.github.prepkit.neighbors;

/**
 * One thread's screening values for the rows of a block against one query (see {@link BlockDistance#screen}), in
 * doubles or, when the kernel screened in single precision, in floats. Floats are compared as the doubles they
 * convert to exactly, so the scans find the same rows either way; keeping them as floats saves a widening pass over
 * every block and query, which measured a fifth of a search's time.
 */
final class Screened {

    final double[] doubles;
    final float[] floats;
    /** Whether the last screening wrote {@link #floats} rather than {@link #doubles}. */
    boolean inFloats;

    /** Room for blocks of up to {@code blockRows} rows. */
    Screened(int blockRows) {
        this.doubles = new double[blockRows];
        this.floats = new float[blockRows];
    }

    /** Row {@code t}'s screening value. */
    double value(int t) {
        return inFloats ? floats[t] : doubles[t];
    }

    /**
     * The first t in from..length-1 whose screening value is below {@code limit} (or NaN); length if none. Loops of
     * their own because the JIT compiles them much tighter than one with the rare heap push in its body: this scan
     * runs once per query and training row and was, inline, a third of the whole search time.
     */
    int below(int from, int length, double limit) {
        int t = from;
        if (inFloats) {
            float floatLimit = roundedUp(limit);
            while (t < length && floats[t] >= floatLimit) {
                t++;
            }
        } else {
            while (t < length && doubles[t] >= limit) {
                t++;
            }
        }
        return t;
    }

    /**
     * The smallest float at least {@code limit} (NaN for NaN): a float is at least {@code limit} exactly when it is at
     * least this, so the scan compares floats with floats, measured a third faster than widening each to a double.
     */
    static float roundedUp(double limit) {
        float rounded = (float) limit;
        return rounded < limit ? Math.nextUp(rounded) : rounded;
    }

    /**
     * The first t in from..length-1 whose screening value is below {@code limit} or below
     * {@code roots[start + t] + offset}, or NaN; length if none.
     */
    int passing(int from, int length, double limit, double[] roots, int start, double offset) {
        int t = from;
        if (inFloats) {
            while (t < length && floats[t] >= limit && floats[t] >= roots[start + t] + offset) {
                t++;
            }
        } else {
            while (t < length && doubles[t] >= limit && doubles[t] >= roots[start + t] + offset) {
                t++;
            }
        }
        return t;
    }
}
