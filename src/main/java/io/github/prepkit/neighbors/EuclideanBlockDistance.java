package io.github.prepkit.neighbors;

/**
 * The Euclidean kernel. Screening uses the expansion |q - x|^2 = |q|^2 - 2 q.x + |x|^2, whose q.x over a block is
 * a matrix-vector product the JIT vectorises; the expansion loses precision when the distance is small next to
 * the norms, so each screening value carries a rounding slack and rows that pass get their squared distance summed
 * directly, feature by feature. Neighbours are therefore chosen on exact distances, never on rounding noise.
 * When every training value is zero or of magnitude in [2^-40, 2^40], and so are the query's, the expansion runs
 * in single precision (twice the values per vector instruction, neither underflow nor overflow possible) with a
 * slack sized for floats; otherwise in double precision.
 */
final class EuclideanBlockDistance extends BlockDistance {

    /**
     * The largest squared norm screened by the expansion; beyond it q.x could overflow, so such a row gets a NaN
     * screening value (and such a query a NaN threshold), which never rules a row out: it is compared exactly.
     */
    static final double SAFE_NORM = 1e200;

    /** The smallest and largest non-zero magnitudes screened in single precision. */
    static final double FLOAT_MIN = 0x1p-40;
    static final double FLOAT_MAX = 0x1p40;

    /**
     * Features added per pass over a float block: five measured 20-25 % faster than four (fewer loads and stores of
     * the running sums per product); six arrays and more the JIT (Java 17) no longer vectorises.
     */
    static final int FLOAT_PASS = 5;

    private final RowBlocks rows;
    /**
     * 8 (d + 4) u for d features and unit roundoff u (2^-53, or 2^-24 when screening in floats): twice the bound
     * (4d + 16) u (|q|^2 + |x|^2) on how far the expansion can fall below the squared distance summed directly,
     * the rounding of q, x and |x|^2 to floats included. The bound holds for the products summed in any order, as
     * the float kernel sums them.
     */
    private final double slack;
    /** Per block and row: |x|^2 (1 - slack), so that screening starts from a value already lowered by the slack. */
    private final double[][] loweredNorms;
    /**
     * The blocks and the lowered norms as floats, or null when a training value is outside the float range. Each
     * block has its features padded with zeros to a multiple of {@link #FLOAT_PASS}.
     */
    private final float[][][] floatBlocks;
    private final float[][] floatNorms;

    EuclideanBlockDistance(RowBlocks rows) {
        this.rows = rows;
        boolean floats = true;
        for (int b = 0; b < rows.count(); b++) {
            for (double[] feature : rows.block(b)) {
                floats &= inFloatRange(feature, 0, feature.length);
            }
        }
        this.slack = (rows.columns() + 4) * (floats ? 0x1p-21 : 0x1p-50);
        this.loweredNorms = new double[rows.count()][];
        this.floatBlocks = floats ? new float[rows.count()][][] : null;
        this.floatNorms = floats ? new float[rows.count()][] : null;
        for (int b = 0; b < rows.count(); b++) {
            double[][] block = rows.block(b);
            double[] norms = new double[rows.length(b)];
            for (double[] feature : block) {
                for (int t = 0; t < norms.length; t++) {
                    norms[t] += feature[t] * feature[t];
                }
            }
            for (int t = 0; t < norms.length; t++) {
                norms[t] = norms[t] <= SAFE_NORM ? norms[t] - slack * norms[t] : Double.NaN;
            }
            loweredNorms[b] = norms;
            if (floats) {
                int padded = (block.length + FLOAT_PASS - 1) / FLOAT_PASS * FLOAT_PASS;
                floatBlocks[b] = new float[padded][];
                for (int j = 0; j < padded; j++) {
                    floatBlocks[b][j] = j < block.length ? toFloats(block[j]) : new float[norms.length];
                }
                floatNorms[b] = toFloats(norms);
            }
        }
    }

    /** Whether {@code values[from .. to - 1]} are all zero or of magnitude in [FLOAT_MIN, FLOAT_MAX]. */
    private static boolean inFloatRange(double[] values, int from, int to) {
        for (int i = from; i < to; i++) {
            double magnitude = Math.abs(values[i]);
            if (magnitude != 0 && !(magnitude >= FLOAT_MIN && magnitude <= FLOAT_MAX)) {
                return false;
            }
        }
        return true;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    /** Whether this kernel screens in single precision (every training value in the float range). */
    boolean screensInFloats() {
        return floatBlocks != null;
    }

    /** The query's squared norm, or NaN if it is too large to screen by the expansion. */
    @Override
    double prepare(double[] queries, int at) {
        double norm = 0;
        for (int j = 0; j < rows.columns(); j++) {
            norm += queries[at + j] * queries[at + j];
        }
        return norm <= SAFE_NORM ? norm : Double.NaN;
    }

    /**
     * |x|^2 (1 - slack) - 2 q.x for every row x of the block: in floats when the training values and the query's are
     * in the float range, in doubles (four features per pass) otherwise.
     */
    @Override
    void screen(double[] queries, int at, int b, Screened screened) {
        screened.inFloats = floatBlocks != null && inFloatRange(queries, at, at + rows.columns());
        if (screened.inFloats) {
            screenFloats(queries, at, b, screened.floats);
        } else {
            screenDoubles(queries, at, b, screened.doubles);
        }
    }

    private void screenDoubles(double[] queries, int at, int b, double[] screened) {
        double[][] block = rows.block(b);
        int length = rows.length(b);
        System.arraycopy(loweredNorms[b], 0, screened, 0, length);
        int columns = rows.columns();
        int j = 0;
        for (; j + 4 <= columns; j += 4) {
            double q0 = -2 * queries[at + j];
            double q1 = -2 * queries[at + j + 1];
            double q2 = -2 * queries[at + j + 2];
            double q3 = -2 * queries[at + j + 3];
            double[] x0 = block[j];
            double[] x1 = block[j + 1];
            double[] x2 = block[j + 2];
            double[] x3 = block[j + 3];
            for (int t = 0; t < length; t++) {
                screened[t] += q0 * x0[t] + q1 * x1[t] + q2 * x2[t] + q3 * x3[t];
            }
        }
        for (; j < columns; j++) {
            double q = -2 * queries[at + j];
            double[] x = block[j];
            for (int t = 0; t < length; t++) {
                screened[t] += q * x[t];
            }
        }
    }

    /** {@link #screenDoubles} summed in floats, {@link #FLOAT_PASS} features per pass, in pairs. */
    private void screenFloats(double[] queries, int at, int b, float[] screened) {
        float[][] block = floatBlocks[b];
        int length = rows.length(b);
        System.arraycopy(floatNorms[b], 0, screened, 0, length);
        for (int j = 0; j < block.length; j += FLOAT_PASS) {
            float q0 = weight(queries, at, j);
            float q1 = weight(queries, at, j + 1);
            float q2 = weight(queries, at, j + 2);
            float q3 = weight(queries, at, j + 3);
            float q4 = weight(queries, at, j + 4);
            float[] x0 = block[j];
            float[] x1 = block[j + 1];
            float[] x2 = block[j + 2];
            float[] x3 = block[j + 3];
            float[] x4 = block[j + 4];
            for (int t = 0; t < length; t++) {
                screened[t] += ((q0 * x0[t] + q1 * x1[t]) + (q2 * x2[t] + q3 * x3[t])) + q4 * x4[t];
            }
        }
    }

    /** -2 times feature j of the query as a float, or 0 for a padding feature. */
    private float weight(double[] queries, int at, int j) {
        return j < rows.columns() ? (float) (-2 * queries[at + j]) : 0;
    }

    /**
     * With |q|^2 added, a screening value is below the true squared distance by at most slack (|q|^2 + |x|^2);
     * its |x|^2 part is already subtracted, the |q|^2 part is here.
     */
    @Override
    double threshold(double worst, double prepared) {
        return worst - prepared * (1 - slack);
    }

    /** The sum of squared differences, feature by feature in column order. */
    @Override
    double reduced(double[] queries, int at, int b, int t, double screened) {
        double[][] block = rows.block(b);
        double sum = 0;
        for (int j = 0; j < block.length; j++) {
            sum += term(queries[at + j] - block[j][t]);
        }
        return sum;
    }

    @Override
    double term(double difference) {
        return difference * difference;
    }

    @Override
    double distance(double reduced) {
        return Math.sqrt(reduced);
    }
}
