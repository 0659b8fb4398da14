package io.github.prepkit.tree;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.data.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A seeded train/test split for the accuracy tests of the tree-based models, and their scores on the held-out
 * rows: the rows shuffled by
 * {@code Collections.shuffle(rows, new Random(seed))}, the first quarter (rounded up) held out for testing.
 * The scikit-learn figures in the tests were computed on the very same rows (their indexes written out from
 * {@link #testRows} and read by /usr/bin/python3).
 *
 * @param train the rows to fit on
 * @param test  the rows held out
 */
public record HeldOut(Table train, Table test) {

    /** Splits {@code table} with {@code seed}. */
    public static HeldOut split(Table table, long seed) {
        int[] test = testRows(table.rowCount(), seed);
        boolean[] held = new boolean[table.rowCount()];
        for (int row : test) {
            held[row] = true;
        }
        int[] train = IntStream.range(0, held.length).filter(row -> !held[row]).toArray();
        return new HeldOut(table.rows(train), table.rows(test));
    }

    /** The fraction of held-out rows whose {@code target} {@code model} predicts exactly. */
    public double accuracy(PredictorModel model, String target) {
        Column<?> predicted = model.predict(Columns.without(test, target));
        Column<?> truth = test.column(target);
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            correct += predicted.get(i).equals(truth.get(i)) ? 1 : 0;
        }
        return (double) correct / truth.size();
    }

    /**
     * Fails unless {@code model}'s accuracy lies in scikit-learn's range {@code low..high} (over its random
     * states) widened by one test row either way.
     */
    public void assertAccuracyIn(PredictorModel model, String target, double low, double high) {
        double accuracy = accuracy(model, target);
        double slack = 1.0 / test.rowCount() + 1e-9;
        assertTrue(accuracy >= low - slack && accuracy <= high + slack,
                "accuracy " + accuracy + ", scikit-learn's " + low + ".." + high);
    }

    /** The coefficient of determination R^2 of {@code model}'s predictions of the numeric {@code target}. */
    public double rSquared(PredictorModel model, String target) {
        double[] truth = test.numberColumn(target).asDoubleArray();
        double[] predicted = ((NumericColumn<?>) model.predict(Columns.without(test, target))).asDoubleArray();
        double mean = Arrays.stream(truth).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < truth.length; i++) {
            residual += (truth[i] - predicted[i]) * (truth[i] - predicted[i]);
            total += (truth[i] - mean) * (truth[i] - mean);
        }
        return 1 - residual / total;
    }

    /** The indexes of the held-out rows, sorted. */
    public static int[] testRows(int rows, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, rows).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        return order.subList(0, (rows + 3) / 4).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
