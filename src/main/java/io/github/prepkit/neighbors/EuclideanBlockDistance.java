package io.github.prepkit.neighbors;

/**
 * The Euclidean kernel. Screening uses the expansion |q - x|^2 = |q|^2 - 2 q.x + |x|^2, whose q.x over a block is
 * a matrix-vector product the JIT vectorises; the expansion loses precision when the distance is small next to
 * the norms, so each screening value carries a rounding slack and rows that pass get their squared distance summed
 * directly, feature by feature. Neighbours are therefore chosen on exact distances, never on rounding noise.
 */
final class EuclideanBlockDistance extends BlockDistance {

    /**
     * The largest squared norm screened by the expansion; beyond it q.x could overflow, so such a row gets a NaN
     * screening value (and such a query a NaN threshold), which never rules a row out: it is compared exactly.
     */
    static final double SAFE_NORM = 1e200;

    private final RowBlocks rows;
    /**
     * 8 (d + 4) u for d features and unit roundoff u = 2^-53: twice the bound (4d + 16) u (|q|^2 + |x|^2) on how
     * far the expansion, computed in doubles, can fall below the squared distance summed directly.
     */
    private final double slack;
    /** Per block and row: |x|^2 (1 - slack), so that screening starts from a value already lowered by the slack. */
    private final double[][] loweredNorms;

    EuclideanBlockDistance(RowBlocks rows) {
        this.rows = rows;
        this.slack = (rows.columns() + 4) * 0x1p-50;
        this.loweredNorms = new double[rows.count()][];
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
        }
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

    /** |x|^2 (1 - slack) - 2 q.x for every row x of the block, four features per pass. */
    @Override
    void screen(double[] queries, int at, int b, double[] screened) {
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
