package io.github.prepkit.metrics;

import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of predicted class labels against the true ones, as scikit-learn 1.2's {@code accuracy_score},
 * {@code balanced_accuracy_score}, {@code precision_score}, {@code recall_score}, {@code f1_score} and
 * {@code confusion_matrix}.
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
     * The mean over the classes of the fraction of their rows predicted right (their recall), as scikit-learn's
     * {@code balanced_accuracy_score}: a class that is predicted but never true has no recall and is left out of the
     * mean (scikit-learn warns "y_pred contains classes not in y_true"). O(rows + classes²).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return the balanced accuracy, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double balancedAccuracy(Column<?> yTrue, Column<?> yPred) {
        return balancedAccuracy(yTrue, yPred, false);
    }

    /**
     * The balanced accuracy, adjusted for chance if {@code adjusted} (scikit-learn's {@code adjusted=True}): with k
     * the number of classes that are true somewhere, (score - 1/k) / (1 - 1/k), so that random predictions score 0
     * and perfect ones 1. With one true class this divides by 0 as scikit-learn does: NaN for a perfect score,
     * -Infinity otherwise.
     *
     * @param yTrue    the true labels, one per row
     * @param yPred    the predicted labels, as many and compared by value
     * @param adjusted whether to rescale for chance
     * @return the balanced accuracy: from 0 to 1, or up to 1 (negative below chance) adjusted
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double balancedAccuracy(Column<?> yTrue, Column<?> yPred, boolean adjusted) {
        ClassCounts counts = ClassCounts.of(yTrue, yPred);
        double total = 0;
        int classes = 0;
        for (int c = 0; c < counts.labels().count(); c++) {
            if (counts.support(c) > 0) {
                total += counts.recall(c);
                classes++;
            }
        }
        double score = total / classes;
        if (adjusted) {
            double chance = 1.0 / classes;
            score = (score - chance) / (1 - chance);
        }
        return score;
    }

    /**
     * Precision, the fraction of the rows predicted as a class that truly are of it, averaged as {@code average}
     * says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED},
     *                {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the precision, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double precision(Column<?> yTrue, Column<?> yPred, Average average) {
        return ClassCounts.of(yTrue, yPred).average(average, ClassCounts::precision);
    }

    /**
     * Recall, the fraction of the rows of a class that are predicted as it, averaged as {@code average} says.
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED},
     *                {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the recall, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double recall(Column<?> yTrue, Column<?> yPred, Average average) {
        return ClassCounts.of(yTrue, yPred).average(average, ClassCounts::recall);
    }

    /**
     * F1, the harmonic mean 2 p r / (p + r) of each class's precision and recall, averaged as {@code average} says
     * (the mean of the classes' F1, not the F1 of the averages).
     *
     * @param yTrue   the true labels, one per row
     * @param yPred   the predicted labels, as many and compared by value
     * @param average how the classes' scores combine: {@link Average#MACRO}, {@link Average#WEIGHTED},
     *                {@link Average#MICRO} or {@link Average#binary} for one class
     * @return the F1, from 0 to 1
     * @throws IllegalArgumentException for bad input (see the class comment) or an average that does not fit the
     *                                  labels (see {@link Average#binary})
     */
    public static double f1(Column<?> yTrue, Column<?> yPred, Average average) {
        return ClassCounts.of(yTrue, yPred).average(average, ClassCounts::f1);
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
}
