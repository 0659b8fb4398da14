package io.github.prepkit.selection;

import io.github.prepkit.internal.base.Shuffle;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** How many rows of each class a stratified part draws. */
final class Allocation {

    private Allocation() {
    }

    /**
     * scikit-learn's {@code _approximate_mode}: {@code draws} rows shared among the classes in proportion to
     * {@code counts}, each class getting the floor of its exact share, and the rows still missing going to the
     * classes with the largest fractional remainders (equal remainders in random order).
     */
    static int[] approximateMode(int[] counts, int draws, SplittableRandom random) {
        long total = Arrays.stream(counts).asLongStream().sum();
        double[] remainder = new double[counts.length];
        int[] allocated = new int[counts.length];
        int missing = draws;
        for (int k = 0; k < counts.length; k++) {
            double exact = (double) counts[k] * draws / total;
            allocated[k] = (int) Math.floor(exact);
            remainder[k] = exact - allocated[k];
            missing -= allocated[k];
        }
        double[] levels = Arrays.stream(remainder).boxed().distinct().sorted((a, b) -> Double.compare(b, a))
                .mapToDouble(Double::doubleValue).toArray();
        for (int level = 0; level < levels.length && missing > 0; level++) {
            double value = levels[level];
            int[] tied = IntStream.range(0, counts.length).filter(k -> remainder[k] == value).toArray();
            Shuffle.inPlace(tied, random);
            for (int i = 0; i < Math.min(tied.length, missing); i++) {
                allocated[tied[i]]++;
            }
            missing -= Math.min(tied.length, missing);
        }
        return allocated;
    }
}
