package io.github.prepkit.neighbors;

import java.util.Arrays;

/**
 * The Minkowski kernel for p != 2, Manhattan (p = 1) included: the reduced distance is the sum of |difference|^p,
 * accumulated feature by feature in column order as scikit-learn does, so that screening already gives the exact
 * value. For p = 1 the loop vectorises; other p pay a {@link Math#pow} per difference.
 */
final class MinkowskiBlockDistance extends BlockDistance {

    private final RowBlocks rows;
    private final double p;

    MinkowskiBlockDistance(RowBlocks rows, double p) {
        this.rows = rows;
        this.p = p;
    }

    @Override
    double prepare(double[] queries, int at) {
        return 0;
    }

    @Override
    void screen(double[] queries, int at, int b, Screened out) {
        out.inFloats = false;
        double[] screened = out.doubles;
        double[][] block = rows.block(b);
        int length = rows.length(b);
        Arrays.fill(screened, 0, length, 0);
        if (p == 1) {
            manhattan(queries, at, block, length, screened);
        } else {
            for (int j = 0; j < block.length; j++) {
                double q = queries[at + j];
                double[] x = block[j];
                for (int t = 0; t < length; t++) {
                    screened[t] += term(q - x[t]);
                }
            }
        }
    }

    /** Sums |q - x| four features per pass, added left to right so the sum is the sequential one. */
    private static void manhattan(double[] queries, int at, double[][] block, int length, double[] screened) {
        int columns = block.length;
        int j = 0;
        for (; j + 4 <= columns; j += 4) {
            double q0 = queries[at + j];
            double q1 = queries[at + j + 1];
            double q2 = queries[at + j + 2];
            double q3 = queries[at + j + 3];
            double[] x0 = block[j];
            double[] x1 = block[j + 1];
            double[] x2 = block[j + 2];
            double[] x3 = block[j + 3];
            for (int t = 0; t < length; t++) {
                screened[t] = screened[t] + Math.abs(q0 - x0[t]) + Math.abs(q1 - x1[t]) + Math.abs(q2 - x2[t])
                        + Math.abs(q3 - x3[t]);
            }
        }
        for (; j < columns; j++) {
            double q = queries[at + j];
            double[] x = block[j];
            for (int t = 0; t < length; t++) {
                screened[t] += Math.abs(q - x[t]);
            }
        }
    }

    /** Screening values are exact: a row can only be nearer if its value is below {@code worst}. */
    @Override
    double threshold(double worst, double prepared) {
        return worst;
    }

    @Override
    double reduced(double[] queries, int at, int b, int t, double screened) {
        return screened;
    }

    @Override
    double term(double difference) {
        return p == 1 ? Math.abs(difference) : Math.pow(Math.abs(difference), p);
    }

    @Override
    double distance(double reduced) {
        return p == 1 ? reduced : Math.pow(reduced, 1 / p);
    }
}
