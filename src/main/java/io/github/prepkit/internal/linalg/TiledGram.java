package io.github.prepkit.internal.linalg;

import java.util.Arrays;

/**
 * XᵀX, or XᵀDX for row weights D, of a matrix held as column arrays: the p x p product of principal components and
 * of the normal equations of least squares and Newton's method. One pass over blocks of {@value #BLOCK} rows, so that
 * a block's columns stay in cache, each block taken four columns against four others at a time: sixteen sums in
 * registers for eight loads, where a dot product of two columns gets one product per two loads. The columns are
 * padded with zeros to a multiple of four; the padding's sums are dropped and the others do not see it. Only the
 * tiles on and above the diagonal are computed, and of a tile on it only its ten sums on and above it; the rest is
 * mirrored.
 * <p>
 * With weights, each block's columns are first multiplied by the weights into a scratch block, which then stands on
 * the left of every tile: the same kernel, and without weights bit for bit the unweighted sums. Centred, each block's
 * columns are first shifted into a scratch block that stands on both sides: the Gram matrix of the centred columns,
 * bit for bit, without a centred copy of them.
 */
public final class TiledGram {

    /** Rows per block: 2048 rows of 50 columns are 800 KB. */
    private static final int BLOCK = 2048;
    /** Columns per side of a tile. */
    private static final int TILE = 4;

    private TiledGram() {
    }

    /** XᵀX for the {@code columns} of X, each at least {@code rows} long (only the first {@code rows} values count). */
    public static double[][] of(double[][] columns, int rows) {
        return of(columns, rows, null);
    }

    /**
     * XᵀDX, entry (a, b) the sum over the first {@code rows} rows of {@code weights[i] columns[a][i] columns[b][i]};
     * {@code weights} null means XᵀX.
     */
    public static double[][] of(double[][] columns, int rows, double[] weights) {
        return gram(columns, rows, weights, false);
    }

    /**
     * XᵀDX for X the {@code columns} with a column of ones appended (an intercept's), (p + 1) x (p + 1). The ones'
     * row and column are the weighted column sums, taken while the weights are applied, so the ones cost no tiles.
     */
    public static double[][] withOnes(double[][] columns, int rows, double[] weights) {
        return gram(columns, rows, weights == null ? ones(rows) : weights, true);
    }

    /**
     * (X - 1 sᵀ)ᵀ(X - 1 sᵀ) for the {@code columns} of X less their {@code shifts} s (a least-squares fit's means),
     * and (X - 1 sᵀ)ᵀt, the centred columns' dot products with {@code target}, added to {@code targetProducts}, in the
     * same pass: the normal equations of a centred least-squares fit, with no centred copy of X. Each block's columns
     * are centred into a scratch block by the first row of tiles, which reads them from memory while it computes
     * (a separate centring loop would wait on memory alone); the other tiles read the scratch block. Bit for bit the
     * Gram matrix {@link #of} gives a centred copy. Only the first {@code rows} values of each column and of the
     * target count.
     */
    public static double[][] centred(double[][] columns, double[] shifts, double[] target, int rows,
            double[] targetProducts) {
        int width = columns.length;
        double[][] raw = Arrays.copyOf(columns, padded(width));
        Arrays.fill(raw, width, raw.length, new double[rows]);
        double[] rawShifts = Arrays.copyOf(shifts, raw.length);
        double[] products = new double[raw.length];
        double[][] block = new double[raw.length][Math.min(BLOCK, rows)];
        double[][] sums = new double[raw.length][raw.length];
        for (int from = 0; from < rows; from += BLOCK) {
            int to = Math.min(rows, from + BLOCK);
            for (int a = 0; a < TILE; a++) {
                products[a] += centre(raw[a], rawShifts[a], target, from, to, block[a]);
            }
            for (int b = 0; b < raw.length; b += TILE) {
                if (b == 0) {
                    addDiagonalTile(block, 0, block, 0, 0, to - from, sums);
                } else {
                    addCentringTile(block, raw, rawShifts, target, b, from, to, sums, products);
                }
            }
            for (int a = TILE; a < raw.length; a += TILE) {
                addDiagonalTile(block, 0, block, a, 0, to - from, sums);
                for (int b = a + TILE; b < raw.length; b += TILE) {
                    addTile(block, 0, block, a, b, 0, to - from, sums);
                }
            }
        }
        for (int a = 0; a < width; a++) {
            targetProducts[a] += products[a];
        }
        return mirrored(sums, width, width);
    }

    /**
     * Rows [from, to) of {@code column} less {@code shift} into {@code centred} from index 0, returning their dot
     * product with the same rows of {@code target} (in two interleaved partial sums).
     */
    private static double centre(double[] column, double shift, double[] target, int from, int to,
            double[] centred) {
        double sum0 = 0;
        double sum1 = 0;
        int i = from;
        for (; i + 1 < to; i += 2) {
            double z0 = column[i] - shift;
            double z1 = column[i + 1] - shift;
            centred[i - from] = z0;
            centred[i + 1 - from] = z1;
            sum0 += z0 * target[i];
            sum1 += z1 * target[i + 1];
        }
        if (i < to) {
            centred[i - from] = column[i] - shift;
            sum0 += centred[i - from] * target[i];
        }
        return sum0 + sum1;
    }

    /**
     * {@link #addTile} of the block's centred columns 0..3 against the columns b..b+3 of rows [from, to) as they are
     * read from {@code raw}, less their shifts: each centred value is written to {@code block} (row i at i - from) for
     * the later tiles, and its product with the target added to {@code products[b..b+3]}.
     */
    private static void addCentringTile(double[][] block, double[][] raw, double[] shifts, double[] target, int b,
            int from, int to, double[][] gram, double[] products) {
        double[] x0 = block[0];
        double[] x1 = block[1];
        double[] x2 = block[2];
        double[] x3 = block[3];
        double[] y0 = raw[b];
        double[] y1 = raw[b + 1];
        double[] y2 = raw[b + 2];
        double[] y3 = raw[b + 3];
        double[] c0 = block[b];
        double[] c1 = block[b + 1];
        double[] c2 = block[b + 2];
        double[] c3 = block[b + 3];
        double m0 = shifts[b];
        double m1 = shifts[b + 1];
        double m2 = shifts[b + 2];
        double m3 = shifts[b + 3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        for (int i = from; i < to; i++) {
            int k = i - from;
            double u0 = x0[k];
            double u1 = x1[k];
            double u2 = x2[k];
            double u3 = x3[k];
            double v0 = y0[i] - m0;
            double v1 = y1[i] - m1;
            double v2 = y2[i] - m2;
            double v3 = y3[i] - m3;
            c0[k] = v0;
            c1[k] = v1;
            c2[k] = v2;
            c3[k] = v3;
            double t = target[i];
            t0 += v0 * t;
            t1 += v1 * t;
            t2 += v2 * t;
            t3 += v3 * t;
            s00 += u0 * v0;
            s01 += u0 * v1;
            s02 += u0 * v2;
            s03 += u0 * v3;
            s10 += u1 * v0;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s13 += u1 * v3;
            s20 += u2 * v0;
            s21 += u2 * v1;
            s22 += u2 * v2;
            s23 += u2 * v3;
            s30 += u3 * v0;
            s31 += u3 * v1;
            s32 += u3 * v2;
            s33 += u3 * v3;
        }
        add(gram[0], b, s00, s01, s02, s03);
        add(gram[1], b, s10, s11, s12, s13);
        add(gram[2], b, s20, s21, s22, s23);
        add(gram[3], b, s30, s31, s32, s33);
        add(products, b, t0, t1, t2, t3);
    }

    private static double[][] gram(double[][] columns, int rows, double[] weights, boolean ones) {
        int width = columns.length;
        double[][] padded = Arrays.copyOf(columns, padded(width));
        Arrays.fill(padded, width, padded.length, new double[rows]);
        double[][] weighted = weights == null ? padded : new double[padded.length][Math.min(BLOCK, rows)];
        double[][] sums = new double[padded.length][padded.length];
        double[] weightedSums = new double[width];
        double totalWeight = 0;
        for (int from = 0; from < rows; from += BLOCK) {
            int to = Math.min(rows, from + BLOCK);
            int shift = 0;
            if (weights != null) {
                weigh(columns, weights, from, to, weighted, ones ? weightedSums : null);
                shift = from;
                if (ones) {
                    for (int i = from; i < to; i++) {
                        totalWeight += weights[i];
                    }
                }
            }
            addTiles(weighted, shift, padded, from, to, sums);
        }
        double[][] gram = mirrored(sums, width, ones ? width + 1 : width);
        if (ones) {
            for (int a = 0; a < width; a++) {
                gram[a][width] = weightedSums[a];
                gram[width][a] = weightedSums[a];
            }
            gram[width][width] = totalWeight;
        }
        return gram;
    }

    /** The column count padded to a multiple of the tile's side. */
    private static int padded(int width) {
        return (width + TILE - 1) / TILE * TILE;
    }

    /** Every tile on and above the diagonal of rows [from, to), as {@link #addTile}. */
    private static void addTiles(double[][] left, int shift, double[][] right, int from, int to, double[][] sums) {
        for (int a = 0; a < right.length; a += TILE) {
            addDiagonalTile(left, shift, right, a, from, to, sums);
            for (int b = a + TILE; b < right.length; b += TILE) {
                addTile(left, shift, right, a, b, from, to, sums);
            }
        }
    }

    /**
     * A {@code size x size} matrix holding the sums of the first {@code width} columns (computed on and above the
     * diagonal) mirrored below it; its further rows and columns, if any, are left 0 for the caller.
     */
    private static double[][] mirrored(double[][] sums, int width, int size) {
        double[][] gram = new double[size][size];
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < width; b++) {
                gram[a][b] = a <= b ? sums[a][b] : sums[b][a];
            }
        }
        return gram;
    }

    private static double[] ones(int rows) {
        double[] ones = new double[rows];
        Arrays.fill(ones, 1);
        return ones;
    }

    /**
     * Rows [from, to) of every column times its row's weight, into {@code block} from index 0 (the padding's columns
     * there stay 0); each column's weighted sum is added to {@code sums} unless it is null.
     */
    private static void weigh(double[][] columns, double[] weights, int from, int to, double[][] block,
            double[] sums) {
        for (int a = 0; a < columns.length; a++) {
            double[] column = columns[a];
            double[] target = block[a];
            double sum0 = 0;
            double sum1 = 0;
            int i = from;
            for (; i + 1 < to; i += 2) {
                double z0 = weights[i] * column[i];
                double z1 = weights[i + 1] * column[i + 1];
                target[i - from] = z0;
                target[i + 1 - from] = z1;
                sum0 += z0;
                sum1 += z1;
            }
            if (i < to) {
                target[i - from] = weights[i] * column[i];
                sum0 += target[i - from];
            }
            if (sums != null) {
                sums[a] += sum0 + sum1;
            }
        }
    }

    /**
     * Adds Σ u_i v_i over rows [from, to) for the left columns a..a+3 (row i at index i - shift) against the right
     * columns b..b+3 to {@code gram[a..a+3][b..b+3]}.
     */
    private static void addTile(double[][] left, int shift, double[][] right, int a, int b, int from, int to,
            double[][] gram) {
        double[] x0 = left[a];
        double[] x1 = left[a + 1];
        double[] x2 = left[a + 2];
        double[] x3 = left[a + 3];
        double[] y0 = right[b];
        double[] y1 = right[b + 1];
        double[] y2 = right[b + 2];
        double[] y3 = right[b + 3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        double s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (int i = from; i < to; i++) {
            int k = i - shift;
            double u0 = x0[k];
            double u1 = x1[k];
            double u2 = x2[k];
            double u3 = x3[k];
            double v0 = y0[i];
            double v1 = y1[i];
            double v2 = y2[i];
            double v3 = y3[i];
            s00 += u0 * v0;
            s01 += u0 * v1;
            s02 += u0 * v2;
            s03 += u0 * v3;
            s10 += u1 * v0;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s13 += u1 * v3;
            s20 += u2 * v0;
            s21 += u2 * v1;
            s22 += u2 * v2;
            s23 += u2 * v3;
            s30 += u3 * v0;
            s31 += u3 * v1;
            s32 += u3 * v2;
            s33 += u3 * v3;
        }
        add(gram[a], b, s00, s01, s02, s03);
        add(gram[a + 1], b, s10, s11, s12, s13);
        add(gram[a + 2], b, s20, s21, s22, s23);
        add(gram[a + 3], b, s30, s31, s32, s33);
    }

    /**
     * {@link #addTile} for a tile on the diagonal (b = a): only its ten sums on and above the diagonal, the ones
     * {@link #mirrored} reads, each the same sum of the same products as there.
     */
    private static void addDiagonalTile(double[][] left, int shift, double[][] right, int a, int from, int to,
            double[][] gram) {
        double[] x0 = left[a];
        double[] x1 = left[a + 1];
        double[] x2 = left[a + 2];
        double[] x3 = left[a + 3];
        double[] y0 = right[a];
        double[] y1 = right[a + 1];
        double[] y2 = right[a + 2];
        double[] y3 = right[a + 3];
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s11 = 0, s12 = 0, s13 = 0, s22 = 0, s23 = 0, s33 = 0;
        for (int i = from; i < to; i++) {
            int k = i - shift;
            double u0 = x0[k];
            double u1 = x1[k];
            double u2 = x2[k];
            double u3 = x3[k];
            double v0 = y0[i];
            double v1 = y1[i];
            double v2 = y2[i];
            double v3 = y3[i];
            s00 += u0 * v0;
            s01 += u0 * v1;
            s02 += u0 * v2;
            s03 += u0 * v3;
            s11 += u1 * v1;
            s12 += u1 * v2;
            s13 += u1 * v3;
            s22 += u2 * v2;
            s23 += u2 * v3;
            s33 += u3 * v3;
        }
        add(gram[a], a, s00, s01, s02, s03);
        add(gram[a + 1], a, 0, s11, s12, s13);
        add(gram[a + 2], a, 0, 0, s22, s23);
        add(gram[a + 3], a, 0, 0, 0, s33);
    }

    private static void add(double[] row, int from, double s0, double s1, double s2, double s3) {
        row[from] += s0;
        row[from + 1] += s1;
        row[from + 2] += s2;
        row[from + 3] += s3;
    }
}
