package io.github.prepkit.selection;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.base.Shuffle;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * Splits a table's rows into a training part and a test part, as scikit-learn's {@code train_test_split}:
 * a fraction rounds the test part up ({@code ceil(n * f)}) and the train part down, an int is a count, the
 * unnamed part takes the rest, and 0.25 of the rows go to test when neither is given. With {@code shuffle}
 * (default) the rows are drawn by a seeded permutation and come out in that shuffled order, as scikit-learn's;
 * without it the first rows train and the next ones test. With {@code stratify}, each class of that column keeps
 * its share in both parts (scikit-learn's {@code StratifiedShuffleSplit} allocation). Unlike Tablesaw's
 * {@code sampleSplit}, the same seed always gives the same split (the default seed is 0).
 *
 * @param testSize  the test part, or null for the rest (0.25 when both are null)
 * @param trainSize the train part, or null for the rest
 * @param shuffle   whether to shuffle before splitting (default true)
 * @param stratify  the column whose class proportions both parts keep, or null
 * @param seed      the seed of the shuffle
 */
public record TrainTestSplit(SplitSize testSize, SplitSize trainSize, boolean shuffle, String stratify, long seed) {

    private static final String STEP = "TrainTestSplit";

    /** Validates that two fractions leave room for each other and that stratifying needs shuffling. */
    public TrainTestSplit {
        if (testSize != null && trainSize != null && testSize.fraction() && trainSize.fraction()
                && testSize.value() + trainSize.value() > 1) {
            throw new IllegalArgumentException(STEP + ": testSize + trainSize must not exceed 1, found "
                    + testSize + " + " + trainSize);
        }
        if (stratify != null && !shuffle) {
            throw new IllegalArgumentException(STEP + ": stratify needs shuffle(true), as in scikit-learn");
        }
    }

    /** {@code size}'s value, or its failure with the step and {@code parameter} named. */
    private static SplitSize named(String parameter, Supplier<SplitSize> size) {
        try {
            return size.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": " + parameter + ": " + e.getMessage(), e);
        }
    }

    /** scikit-learn's defaults: a shuffled 75 / 25 split, seed 0. */
    public TrainTestSplit() {
        this(null, null, true, null, 0);
    }

    /** A copy whose test part is this fraction of the rows, rounded up. */
    public TrainTestSplit testSize(double fraction) {
        return new TrainTestSplit(named("testSize", () -> SplitSize.fraction(fraction)), trainSize, shuffle, stratify,
                seed);
    }

    /** A copy whose test part is this many rows. */
    public TrainTestSplit testSize(int rows) {
        return new TrainTestSplit(named("testSize", () -> SplitSize.count(rows)), trainSize, shuffle, stratify, seed);
    }

    /** A copy whose train part is this fraction of the rows, rounded down. */
    public TrainTestSplit trainSize(double fraction) {
        return new TrainTestSplit(testSize, named("trainSize", () -> SplitSize.fraction(fraction)), shuffle, stratify,
                seed);
    }

    /** A copy whose train part is this many rows. */
    public TrainTestSplit trainSize(int rows) {
        return new TrainTestSplit(testSize, named("trainSize", () -> SplitSize.count(rows)), shuffle, stratify, seed);
    }

    /** A copy that does ({@code true}) or does not shuffle the rows first. */
    public TrainTestSplit shuffle(boolean shuffle) {
        return new TrainTestSplit(testSize, trainSize, shuffle, stratify, seed);
    }

    /** A copy that keeps the class proportions of column {@code column} in both parts. */
    public TrainTestSplit stratify(String column) {
        return new TrainTestSplit(testSize, trainSize, shuffle, Checks.notNull(column, "stratify"), seed);
    }

    /** A copy with another seed. */
    public TrainTestSplit seed(long seed) {
        return new TrainTestSplit(testSize, trainSize, shuffle, stratify, seed);
    }

    /**
     * Splits {@code table} into two new tables; the table itself is not modified.
     *
     * @param table the rows to split
     * @return the training and the test rows, each a new table with all the columns
     * @throws IllegalArgumentException if a part would be empty or the parts exceed the rows, or (stratifying) the
     *                                  column is missing, has a missing value, a class with one member, or more
     *                                  classes than a part has rows
     */
    public Split split(Table table) {
        Checks.notNull(table, "table");
        int[][] parts = indices(table);
        return new Split(Tables.rows(table, parts[0]), Tables.rows(table, parts[1]));
    }

    /** {train row indexes, test row indexes} for {@code table}, in the order the parts hold them. */
    int[][] indices(Table table) {
        int n = table.rowCount();
        int[] sizes = sizes(n);
        int nTrain = sizes[0];
        int nTest = sizes[1];
        SplittableRandom random = new SplittableRandom(seed);
        if (!shuffle) {
            int[] all = Shuffle.identity(n);
            return new int[][] {Arrays.copyOfRange(all, 0, nTrain), Arrays.copyOfRange(all, nTrain, nTrain + nTest)};
        }
        if (stratify == null) {
            int[] permutation = Shuffle.permutation(n, random);
            return new int[][] {Arrays.copyOfRange(permutation, nTest, nTest + nTrain), Arrays.copyOf(permutation, nTest)};
        }
        return stratified(ClassLabels.of(Columns.column(table, stratify), STEP).codes(), nTrain, nTest, random);
    }

    /** {train, test} sizes for {@code n} rows, by scikit-learn's rules. */
    int[] sizes(int n) {
        SplitSize test = testSize == null && trainSize == null ? SplitSize.fraction(0.25) : testSize;
        String[] names = {"testSize", "trainSize"};
        SplitSize[] sizes = {test, trainSize};
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] != null && !sizes[k].fraction() && sizes[k].value() >= n) {
                throw new IllegalArgumentException(STEP + ": " + names[k] + " " + sizes[k] + " rows must be fewer than"
                        + " the " + n + " rows of the table");
            }
        }
        int nTest = test == null ? -1 : test.of(n, true);
        int nTrain = trainSize == null ? n - nTest : trainSize.of(n, false);
        if (nTest < 0) {
            nTest = n - nTrain;
        }
        if (nTrain + nTest > n) {
            throw new IllegalArgumentException(STEP + ": trainSize " + trainSize + " and testSize " + test + " ask for "
                    + nTrain + " + " + nTest + " rows, more than the " + n + " rows of the table");
        }
        if (nTrain <= 0 || nTest <= 0) {
            throw new IllegalArgumentException(STEP + ": with " + n + " rows, testSize " + test + " and trainSize "
                    + trainSize + " leave an empty part (train " + nTrain + ", test " + nTest + ")");
        }
        return new int[] {nTrain, nTest};
    }

    private int[][] stratified(int[] classes, int nTrain, int nTest, SplittableRandom random) {
        int[] counts = new int[Arrays.stream(classes).max().orElse(-1) + 1];
        for (int c : classes) {
            counts[c]++;
        }
        int smallest = Arrays.stream(counts).min().orElse(0);
        if (smallest < 2) {
            throw new IllegalArgumentException(STEP + ": every class of '" + stratify + "' needs at least 2 rows to"
                    + " stratify, found a class with " + smallest);
        }
        if (nTrain < counts.length || nTest < counts.length) {
            throw new IllegalArgumentException(STEP + ": each part needs at least one row per class of '" + stratify
                    + "' (" + counts.length + " classes), found train " + nTrain + " and test " + nTest);
        }
        int[] trainPerClass = Allocation.approximateMode(counts, nTrain, random);
        int[] rest = new int[counts.length];
        for (int k = 0; k < counts.length; k++) {
            rest[k] = counts[k] - trainPerClass[k];
        }
        int[] testPerClass = Allocation.approximateMode(rest, nTest, random);
        List<int[]> byClass = rowsByClass(classes, counts);
        int[] train = new int[nTrain];
        int[] test = new int[nTest];
        int t = 0;
        int s = 0;
        for (int k = 0; k < counts.length; k++) {
            int[] members = byClass.get(k);
            int[] order = Shuffle.permutation(members.length, random);
            for (int i = 0; i < trainPerClass[k]; i++) {
                train[t++] = members[order[i]];
            }
            for (int i = trainPerClass[k]; i < trainPerClass[k] + testPerClass[k]; i++) {
                test[s++] = members[order[i]];
            }
        }
        return new int[][] {Shuffle.inPlace(train, random), Shuffle.inPlace(test, random)};
    }

    private static List<int[]> rowsByClass(int[] classes, int[] counts) {
        List<int[]> byClass = new ArrayList<>();
        int[] filled = new int[counts.length];
        for (int count : counts) {
            byClass.add(new int[count]);
        }
        for (int i = 0; i < classes.length; i++) {
            byClass.get(classes[i])[filled[classes[i]]++] = i;
        }
        return byClass;
    }
}
