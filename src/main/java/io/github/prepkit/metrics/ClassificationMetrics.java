package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of predicted class labels against the true ones, as scikit-learn 1.2's {@code accuracy_score},
 * {@code precision_score}, {@code recall_score}, {@code f1_score} and {@code confusion_matrix}.
 *
 * <p>Both arguments are Tablesaw columns of any type with one value per row (a classifier's {@code predict} returns
 * one like its target), compared by value: numeric columns as numbers whatever their type, other columns by their
 * values, which must then be of the same column type. The classes are the distinct values of both columns, sorted.
 * A missing value, columns of different sizes or an empty column fail with an {@link IllegalArgumentException}.
 *
 * <p>Zero division follows scikit-learn's default ({@code zero_division="warn"}), without the warning: a class never
 * predicted has precision 0, a class never true has recall 0, and F1 is 0 where precision + recall is 0.
 */
public final class ClassificationMetrics {

    /** The name of the first column of {@link #confusionMatrix}, which holds the true classes. */
    public static final String TRUE_COLUMN = "true\\predicted";

    private ClassificationMetrics() {
    }

    /**
     * The fraction of rows whose predicted label equals the true one. O(rows).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return the accuracy, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double accuracy(Column<?> yTrue, Column<?> yPred) {
        PairedLabels labels = PairedLabels.of(yTrue, yPred);
        long[][] confusion = labels.confusion();
        long correct = 0;
        for (int c = 0; c < labels.count(); c++) {
            correct += confusion[c][c];
        }
        return (double) correct / labels.size();
    }

    /**
     * Precision, the fraction of the rows predicted as a class that truly are of it, averaged as {@code average}
     * says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED} or
     *                {@link Average#binary} for one class
     * @return the precision, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double precision(Column<?> yTrue, Column<?> yPred, Average average) {
        return score(yTrue, yPred, average, Score.PRECISION);
    }

    /**
     * Recall, the fraction of the rows of a class that are predicted as it, averaged as {@code average} says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED} or
     *                {@link Average#binary} for one class
     * @return the recall, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double recall(Column<?> yTrue, Column<?> yPred, Average average) {
        return score(yTrue, yPred, average, Score.RECALL);
    }

    /**
     * F1, the harmonic mean 2 p r / (p + r) of each class's precision and recall, averaged as {@code average} says
     * (the mean of the classes' F1, not the F1 of the averages).
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED} or
     *                {@link Average#binary} for one class
     * @return the F1, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double f1(Column<?> yTrue, Column<?> yPred, Average average) {
        return score(yTrue, yPred, average, Score.F1);
    }

    /**
     * The counts of every (true, predicted) pair of classes as a table: the string column {@value #TRUE_COLUMN} names
     * the true class of each row, then one int column per predicted class, named after it; rows and columns follow
     * the sorted classes, so the diagonal holds the correct predictions (scikit-learn's {@code confusion_matrix} with
     * labels). Classes are written as their column formats them. O(rows + classes²).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return a new table of classes + 1 columns and one row per class
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Table confusionMatrix(Column<?> yTrue, Column<?> yPred) {
        PairedLabels labels = PairedLabels.of(yTrue, yPred);
        long[][] confusion = labels.confusion();
        List<String> names = labels.names();
        Table table = Table.create("confusion matrix", StringColumn.create(TRUE_COLUMN, names));
        for (int p = 0; p < names.size(); p++) {
            int[] counts = new int[names.size()];
            for (int t = 0; t < counts.length; t++) {
                counts[t] = Math.toIntExact(confusion[t][p]);
            }
            table.addColumns(IntColumn.create(names.get(p), counts));
        }
        return table;
    }

    private enum Score { PRECISION, RECALL, F1 }

    private static double score(Column<?> yTrue, Column<?> yPred, Average average, Score score) {
        Checks.notNull(average, "average");
        PairedLabels labels = PairedLabels.of(yTrue, yPred);
        long[][] confusion = labels.confusion();
        if (average.kind() == Average.Kind.BINARY) {
            return binary(labels, confusion, average.positiveLabel(), score);
        }
        double total = 0;
        double weights = 0;
        for (int c = 0; c < labels.count(); c++) {
            double weight = average.kind() == Average.Kind.WEIGHTED ? support(confusion, c) : 1;
            total += weight * classScore(confusion, c, score);
            weights += weight;
        }
        return total / weights;
    }

    private static double binary(PairedLabels labels, long[][] confusion, Object positive, Score score) {
        if (labels.count() > 2) {
            throw new IllegalArgumentException("average binary needs at most two classes, found " + labels.count()
                    + " " + labels + "; use Average.MACRO or Average.WEIGHTED");
        }
        int index = labels.indexOf(positive);
        if (index >= 0) {
            return classScore(confusion, index, score);
        }
        if (labels.count() == 2) {
            throw new IllegalArgumentException("positive label " + positive + " is not one of the classes " + labels);
        }
        return 0; // the positive class is neither true nor predicted anywhere: scikit-learn's zero division
    }

    private static double classScore(long[][] confusion, int c, Score score) {
        double precision = ratio(confusion[c][c], predicted(confusion, c));
        double recall = ratio(confusion[c][c], support(confusion, c));
        return switch (score) {
            case PRECISION -> precision;
            case RECALL -> recall;
            case F1 -> precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        };
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static long support(long[][] confusion, int c) {
        long sum = 0;
        for (long count : confusion[c]) {
            sum += count;
        }
        return sum;
    }

    private static long predicted(long[][] confusion, int c) {
        long sum = 0;
        for (long[] row : confusion) {
            sum += row[c];
        }
        return sum;
    }
}
