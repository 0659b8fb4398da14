package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of a classifier's scores or probabilities against the true classes, as scikit-learn 1.2's
 * {@code roc_auc_score} (binary) and {@code log_loss}.
 *
 * <p>The true classes are a Tablesaw column of any type, sorted as scikit-learn's {@code classes_} (the order of
 * {@code ClassLabels} and of a classifier's {@code classes()}). The scores come either as a {@code double[]} with one
 * value per row, the score or probability of the <em>greater</em> of two classes (scikit-learn's convention for
 * binary targets, e.g. class 1 of 0/1), or as the {@link Table} a classifier's {@code predictProba} returns: one
 * column per class named as the class, looked up by name. Sizes that differ, a missing true value or a score that is
 * not finite fail with an {@link IllegalArgumentException}.
 */
public final class ProbabilityMetrics {

    /** scikit-learn 1.2's clipping of probabilities for the log loss: the machine epsilon of double, {@code Math.ulp(1.0)}. */
    public static final double LOG_LOSS_EPS = 2.220446049250313E-16;

    private ProbabilityMetrics() {
    }

    /**
     * The area under the ROC curve of {@code scores}, the score of the greater of the two classes of
     * {@code yTrue}: the probability that a random row of that class scores higher than a random row of the other,
     * ties counting one half (the trapezoid through the curve's points at each distinct score, as scikit-learn).
     * O(rows log rows).
     *
     * @param yTrue  the true classes, one per row, exactly two distinct ones
     * @param scores the score of the greater class for each row, finite
     * @return the area, from 0 to 1 (0.5 for scores that say nothing)
     * @throws IllegalArgumentException unless {@code yTrue} has exactly two classes, or for bad input
     */
    public static double rocAuc(Column<?> yTrue, double[] scores) {
        Checks.notNull(scores, "scores");
        Inputs.sameSize(yTrue, "yTrue", scores.length, "scores");
        Inputs.finite(scores, "scores");
        ClassLabels labels = twoClasses(yTrue, "rocAuc");
        return area(labels.codes(), scores);
    }

    /**
     * {@link #rocAuc(Column, double[])} with the scores of the column of {@code probabilities} named as the greater
     * of the two classes of {@code yTrue}.
     *
     * @param yTrue         the true classes, one per row, exactly two distinct ones
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @return the area, from 0 to 1
     * @throws IllegalArgumentException if there is no such column, or as {@link #rocAuc(Column, double[])}
     */
    public static double rocAuc(Column<?> yTrue, Table probabilities) {
        Checks.notNull(probabilities, "probabilities");
        Inputs.sameSize(yTrue, "yTrue", probabilities.rowCount(), "probabilities");
        ClassLabels labels = twoClasses(yTrue, "rocAuc");
        return rocAuc(yTrue, probabilityColumn(probabilities, labels.names().get(1)));
    }

    /**
     * The mean negative log-likelihood of the true classes, for two classes: {@code probabilities} are those of the
     * greater class, clipped to [{@value #LOG_LOSS_EPS}, 1 - eps] as scikit-learn 1.2 does (so a confident mistake
     * costs about 36, not infinity). O(rows).
     *
     * @param yTrue         the true classes, one per row, exactly two distinct ones
     * @param probabilities the probability of the greater class for each row
     * @return the log loss, 0 or more
     * @throws IllegalArgumentException unless {@code yTrue} has exactly two classes, or for bad input
     */
    public static double logLoss(Column<?> yTrue, double[] probabilities) {
        Checks.notNull(probabilities, "probabilities");
        Inputs.sameSize(yTrue, "yTrue", probabilities.length, "probabilities");
        Inputs.finite(probabilities, "probabilities");
        int[] codes = twoClasses(yTrue, "logLoss").codes();
        double[][] rows = new double[codes.length][];
        for (int i = 0; i < codes.length; i++) {
            double p = clip(probabilities[i]);
            rows[i] = new double[] {1 - p, p};
        }
        return meanLoss(codes, rows);
    }

    /**
     * The mean negative log-likelihood of the true classes under {@code probabilities}, one column per class named as
     * the class (what a classifier's {@code predictProba} returns): each row is clipped to [eps, 1 - eps]
     * ({@link #LOG_LOSS_EPS}) and divided by its sum, then the probability of the row's true class is read by name.
     * The table's columns play scikit-learn's {@code labels}: a class may be absent from {@code yTrue}, and then
     * {@code yTrue} may even hold a single class. O(rows x classes).
     *
     * @param yTrue         the true classes, one per row
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @return the log loss, 0 or more
     * @throws IllegalArgumentException if a class of {@code yTrue} has no column, a column is not numeric, there are
     *                                  fewer than two columns, or for bad input
     */
    public static double logLoss(Column<?> yTrue, Table probabilities) {
        Checks.notNull(probabilities, "probabilities");
        Inputs.sameSize(yTrue, "yTrue", probabilities.rowCount(), "probabilities");
        ClassLabels labels = ClassLabels.of(yTrue, "logLoss");
        if (probabilities.columnCount() < 2) {
            throw new IllegalArgumentException("logLoss: probabilities must have a column per class, at least two, found "
                    + probabilities.columnNames());
        }
        double[][] columns = new double[probabilities.columnCount()][];
        for (int k = 0; k < columns.length; k++) {
            columns[k] = probabilityColumn(probabilities, probabilities.column(k).name());
        }
        List<String> names = probabilities.columnNames();
        int[] columnOfClass = labels.names().stream().mapToInt(name -> requireColumn(names, name)).toArray();
        int[] codes = labels.codes();
        int[] trueColumns = new int[codes.length];
        double[][] rows = new double[codes.length][columns.length];
        for (int i = 0; i < codes.length; i++) {
            trueColumns[i] = columnOfClass[codes[i]];
            for (int k = 0; k < columns.length; k++) {
                rows[i][k] = clip(columns[k][i]);
            }
        }
        return meanLoss(trueColumns, rows);
    }

    /** Mean over the rows of -log(row[true] / sum(row)). */
    private static double meanLoss(int[] trueColumns, double[][] rows) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            double sum = 0;
            for (double p : rows[i]) {
                sum += p;
            }
            total -= Math.log(rows[i][trueColumns[i]] / sum);
        }
        return total / rows.length;
    }

    private static double clip(double probability) {
        return Math.min(Math.max(probability, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    }

    /**
     * The trapezoidal area under the ROC curve whose points are the (false, true) positive counts above each
     * distinct score, scaled to [0, 1]. {@code positive[i]} is 1 for a row of the positive class, 0 otherwise.
     */
    private static double area(int[] positive, double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        double area = 0;
        long truePositives = 0;
        long falsePositives = 0;
        long previousTrue = 0;
        long previousFalse = 0;
        for (int r = 0; r < order.length; r++) {
            int i = order[r];
            truePositives += positive[i];
            falsePositives += 1 - positive[i];
            boolean lastOfScore = r == order.length - 1 || scores[order[r + 1]] != scores[i];
            if (lastOfScore) {
                area += (falsePositives - previousFalse) * (truePositives + previousTrue) / 2.0;
                previousTrue = truePositives;
                previousFalse = falsePositives;
            }
        }
        return area / ((double) truePositives * falsePositives);
    }

    private static ClassLabels twoClasses(Column<?> yTrue, String step) {
        ClassLabels labels = ClassLabels.of(yTrue, step);
        if (labels.count() != 2) {
            throw new IllegalArgumentException(step + ": yTrue must hold exactly two classes, found " + labels.count()
                    + " " + labels.names() + (labels.count() == 1 ? " (the score is not defined for one class)" : ""));
        }
        return labels;
    }

    private static int requireColumn(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("probabilities have no column for class '" + name + "'; found " + names);
        }
        return index;
    }

    /** The values of column {@code name} of {@code probabilities}, numeric, finite and without a missing value. */
    static double[] probabilityColumn(Table probabilities, String name) {
        requireColumn(probabilities.columnNames(), name);
        double[] values = Inputs.numbers(probabilities.column(name), "probabilities column");
        Inputs.finite(values, "probabilities column '" + name + "'");
        return values;
    }
}
