package io.github.prepkit.resample;

import io.github.prepkit.internal.data.BinaryScale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Where new rows lie: new row i is {@code base + step * (partner - base)}, with {@code base} a base of a
 * {@link Neighbourhood} and {@code partner} one of its neighbours. Drawn as imbalanced-learn's {@code _make_samples}:
 * per new row, one uniform draw of a cell of the bases x k table of neighbours (so every base is equally likely, and
 * every neighbour of it), then one uniform u in [0, 1), the step being {@code stepSize * u}.
 *
 * @param positions each new row's base, as its position among the neighbourhood's bases
 * @param bases     each new row's base, as a table row index
 * @param partners  each new row's partner, as a table row index
 * @param steps     each new row's step from base to partner
 */
record Draws(int[] positions, int[] bases, int[] partners, double[] steps) {

    /** {@code count} new rows from {@code neighbourhood}, with steps up to {@code stepSize}, drawn from {@code random}. */
    static Draws of(Neighbourhood neighbourhood, int count, double stepSize, SplittableRandom random) {
        int k = neighbourhood.k();
        long cells = (long) neighbourhood.bases().length * k;
        int[] positions = new int[count];
        int[] bases = new int[count];
        int[] partners = new int[count];
        double[] steps = new double[count];
        for (int i = 0; i < count; i++) {
            long cell = random.nextLong(cells);
            positions[i] = (int) (cell / k);
            bases[i] = neighbourhood.bases()[positions[i]];
            partners[i] = neighbourhood.neighbours()[positions[i]][(int) (cell % k)];
            steps[i] = stepSize * random.nextDouble();
        }
        return new Draws(positions, bases, partners, steps);
    }

    /**
     * {@code counts[p]} new rows from the base at position {@code p} of {@code neighbourhood}, base by base, each
     * towards a uniformly drawn one of its neighbours at a uniform step in [0, 1), as imbalanced-learn's
     * {@code ADASYN}.
     */
    static Draws perBase(Neighbourhood neighbourhood, int[] counts, SplittableRandom random) {
        int count = IntStream.of(counts).sum();
        int[] positions = new int[count];
        int[] bases = new int[count];
        int[] partners = new int[count];
        double[] steps = new double[count];
        for (int p = 0, i = 0; p < counts.length; p++) {
            int[] neighbours = neighbourhood.neighbours()[p];
            for (int n = 0; n < counts[p]; n++, i++) {
                positions[i] = p;
                bases[i] = neighbourhood.bases()[p];
                partners[i] = neighbours[random.nextInt(neighbours.length)];
                steps[i] = random.nextDouble();
            }
        }
        return new Draws(positions, bases, partners, steps);
    }

    /** The number of new rows. */
    int count() {
        return bases.length;
    }

    /**
     * Writes every new row into {@code columns} (one array per feature) from index {@code at} on, reading base and
     * partner in the row-major {@code matrix}, one row of {@code columns.length} values at a time; a difference
     * partner - base beyond the double range (-1e308 to 1e308) is taken on halves, so the new row stays finite.
     */
    void interpolate(double[] matrix, double[][] columns, int at) {
        int width = columns.length;
        for (int i = 0; i < bases.length; i++) {
            int base = bases[i] * width;
            int partner = partners[i] * width;
            double step = steps[i];
            for (int j = 0; j < width; j++) {
                columns[j][at + i] = BinaryScale.interpolate(matrix[base + j], matrix[partner + j], step);
            }
        }
    }
}
