package io.github.prepkit.decomposition;

import java.util.Arrays;

/**
 * Scores of rows on unit vectors, (x - shift) · v, on column arrays: the one kernel behind a fit's sign rule and a
 * model's transform. Rows are taken in blocks small enough for the block of every column and every score to stay in
 * cache, and each score is summed over the columns in column order, so a row's scores do not depend on the other rows
 * or on the block size.
 */
final class Projection {

    /** Rows per block: 512 rows of 50 columns and 50 scores are 400 KB. */
    private static final int BLOCK = 512;
    /** Columns whose terms are added in one pass over the scores. */
    private static final int GROUP = 4;

    private Projection() {
    }

    /**
     * {@code scores[k][i]} = Σ_a (columns[a][i] - shift[a]) · vectors[k][a], summed over a in order.
     *
     * @param columns one array of {@code rows} values per column
     * @param shift   one value per column, subtracted first (zeros for centred columns)
     * @param vectors the vectors to score on, one value per column each
     */
    static double[][] scores(double[][] columns, double[] shift, double[][] vectors, int rows) {
        int width = columns.length;
        double[][] scores = new double[vectors.length][rows];
        double[][] centred = new double[GROUP][BLOCK];
        double[] zeros = new double[BLOCK];
        double[][] terms = new double[GROUP][];
        double[] weights = new double[2 * GROUP];
        double[] discarded = vectors.length % 2 == 1 ? new double[rows] : null;
        for (int from = 0; from < rows; from += BLOCK) {
            int to = Math.min(rows, from + BLOCK);
            for (int a = 0; a < width; a += GROUP) {
                boolean direct = a + GROUP <= width;
                for (int g = 0; g < GROUP && a + g < width; g++) {
                    direct &= shift[a + g] == 0;
                }
                for (int g = 0; g < GROUP; g++) {
                    if (a + g >= width) {
                        terms[g] = zeros;
                    } else if (direct) {
                        terms[g] = columns[a + g];
                    } else {
                        centre(columns[a + g], shift[a + g], from, to, centred[g]);
                        terms[g] = centred[g];
                    }
                }
                int offset = direct ? 0 : -from;
                int k = 0;
                for (; k + 1 < vectors.length; k += 2) {
                    weigh(vectors[k], a, width, weights, 0);
                    weigh(vectors[k + 1], a, width, weights, GROUP);
                    addFourTwice(scores[k], scores[k + 1], terms, offset, weights, from, to);
                }
                if (k < vectors.length) { // the last of an odd count, beside a discarded one of weight 0
                    weigh(vectors[k], a, width, weights, 0);
                    Arrays.fill(weights, GROUP, 2 * GROUP, 0);
                    addFourTwice(scores[k], discarded, terms, offset, weights, from, to);
                }
            }
        }
        return scores;
    }

    /** Puts {@code vector}'s weights of columns a .. a + 3 at {@code weights[at ..]}, 0 past the last column. */
    private static void weigh(double[] vector, int a, int width, double[] weights, int at) {
        for (int g = 0; g < GROUP; g++) {
            weights[at + g] = a + g < width ? vector[a + g] : 0;
        }
    }

    /** {@code target[i - from]} = column[i] - shift over [from, to). */
    private static void centre(double[] column, double shift, int from, int to, double[] target) {
        for (int i = from; i < to; i++) {
            target[i - from] = column[i] - shift;
        }
    }

    /**
     * Adds four columns' terms to two vectors' scores over [from, to), {@code weights[0..3]} to {@code score} and
     * {@code weights[4..7]} to {@code other}, the terms of row i at {@code i + offset}, in column order, each term by a
     * fused multiply-add (one rounding per term; half the arithmetic instructions of a multiply and an add, which
     * measured 10 % faster for PCA on 100,000 x 50; a processor without FMA instructions, x86 before 2013, would
     * compute it in software, many times slower). The scores are loaded and stored once for four columns and each
     * term once for both vectors. A group short of four columns is padded with zeros of weight 0, whose terms (±0)
     * leave every score as it is: a score, summed from +0, is never -0.
     */
    private static void addFourTwice(double[] score, double[] other, double[][] terms, int offset, double[] weights,
            int from, int to) {
        double[] t0 = terms[0];
        double[] t1 = terms[1];
        double[] t2 = terms[2];
        double[] t3 = terms[3];
        double w0 = weights[0];
        double w1 = weights[1];
        double w2 = weights[2];
        double w3 = weights[3];
        double v0 = weights[4];
        double v1 = weights[5];
        double v2 = weights[6];
        double v3 = weights[7];
        for (int i = from; i < to; i++) {
            int j = i + offset;
            double x0 = t0[j];
            double x1 = t1[j];
            double x2 = t2[j];
            double x3 = t3[j];
            score[i] = Math.fma(x3, w3, Math.fma(x2, w2, Math.fma(x1, w1, Math.fma(x0, w0, score[i]))));
            other[i] = Math.fma(x3, v3, Math.fma(x2, v2, Math.fma(x1, v1, Math.fma(x0, v0, other[i]))));
        }
    }
}
