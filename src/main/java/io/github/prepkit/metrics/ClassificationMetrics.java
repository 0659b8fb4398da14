package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.NumpySum;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Scores of predicted class labels against the true ones, as scikit-learn 1.2's {@code accuracy_score},
 * {@code balanced_accuracy_score}, {@code precision_score}, {@code recall_score}, {@code f1_score},
 * {@code matthews_corrcoef}, {@code cohen_kappa_score}, {@code classification_report} and {@code confusion_matrix}.
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
     * The Matthews correlation coefficient, scikit-learn's {@code matthews_corrcoef} in its multiclass form (the
     * R_K statistic): with c the correct predictions, s the rows, t_k and p_k the true and predicted counts of class
     * k, (c s - Σ t_k p_k) / √((s² - Σ p_k²)(s² - Σ t_k²)). Where either factor under the root is 0 (a single true or
     * predicted class) it is 0, as scikit-learn returns. O(rows + classes²).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return the coefficient, from -1 to 1 (0 for chance, 1 for perfect predictions)
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double matthewsCorrcoef(Column<?> yTrue, Column<?> yPred) {
        long[][] confusion = PairedLabels.of(yTrue, yPred).confusion();
        int count = confusion.length;
        double[] trueSums = new double[count];
        double[] predictedSums = new double[count];
        double correct = 0;
        for (int t = 0; t < count; t++) {
            correct += confusion[t][t];
            for (int p = 0; p < count; p++) {
                trueSums[t] += confusion[t][p];
                predictedSums[p] += confusion[t][p];
            }
        }
        double samples = NumpySum.of(predictedSums);
        double covariance = correct * samples - dot(trueSums, predictedSums);
        double predictedVariance = samples * samples - dot(predictedSums, predictedSums);
        double trueVariance = samples * samples - dot(trueSums, trueSums);
        if (predictedVariance * trueVariance == 0) {
            return 0;
        }
        return covariance / Math.sqrt(trueVariance * predictedVariance);
    }

    /**
     * Cohen's kappa, the agreement of {@code yTrue} and {@code yPred} corrected for chance, as scikit-learn's
     * {@code cohen_kappa_score} with {@code weights=None}. Symmetric in its arguments.
     *
     * @param yTrue the true labels (one rater), one per row
     * @param yPred the predicted labels (the other rater), as many and compared by value
     * @return the kappa, at most 1; NaN for a single class, where chance agreement is certain (0 / 0, as
     *         scikit-learn)
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static double cohenKappa(Column<?> yTrue, Column<?> yPred) {
        return cohenKappa(yTrue, yPred, KappaWeights.NONE);
    }

    /**
     * Cohen's kappa with disagreements weighed as {@code weights} says, as scikit-learn's {@code cohen_kappa_score}:
     * 1 - Σ w_ij o_ij / Σ w_ij e_ij, with o the confusion counts and e_ij = (predicted count of i)(true count of j) /
     * rows the counts expected by chance. The classes' order is their sorted order (as scikit-learn's labels), which
     * is what the linear and quadratic weights measure distance in. O(rows + classes²).
     *
     * @param yTrue   the true labels (one rater), one per row
     * @param yPred   the predicted labels (the other rater), as many and compared by value
     * @param weights how a disagreement weighs
     * @return the kappa, at most 1; NaN where the expected disagreement is 0 (a single class)
     * @throws IllegalArgumentException for bad input (see the class comment) or null weights
     */
    public static double cohenKappa(Column<?> yTrue, Column<?> yPred, KappaWeights weights) {
        Checks.notNull(weights, "weights");
        long[][] confusion = PairedLabels.of(yTrue, yPred).confusion();
        int count = confusion.length;
        long[] predicted = new long[count];
        long[] actual = new long[count];
        long rows = 0;
        for (int t = 0; t < count; t++) {
            for (int p = 0; p < count; p++) {
                actual[t] += confusion[t][p];
                predicted[p] += confusion[t][p];
                rows += confusion[t][p];
            }
        }
        long observed = 0;
        double[] expected = new double[count * count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < count; j++) {
                long weight = weights.weight(i, j);
                observed += weight * confusion[i][j];
                // scikit-learn's np.outer(predicted, actual) / rows, weighted, summed by np.sum in row-major order
                expected[i * count + j] = weight * ((double) (predicted[i] * actual[j]) / rows);
            }
        }
        return 1 - observed / NumpySum.of(expected);
    }

    /**
     * The precision, recall, F1 and support of every class, then the accuracy and the macro and weighted averages,
     * as scikit-learn's {@code classification_report} (its {@code output_dict} as a table): a string column
     * {@value ClassificationReport#CLASS_COLUMN} names the row (each class as its column formats it, then
     * {@code accuracy}, {@code macro avg}, {@code weighted avg}), double columns {@code precision}, {@code recall},
     * {@code f1-score} and an int column {@code support}. The accuracy row holds the accuracy under {@code f1-score}
     * and the number of rows under {@code support}, its precision and recall missing, as the text report prints it.
     * Zero division gives 0 (scikit-learn's default {@code "warn"}, without the warning). O(rows + classes²).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return a new table of classes + 3 rows
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static Table classificationReport(Column<?> yTrue, Column<?> yPred) {
        return ClassificationReport.of(ClassCounts.of(yTrue, yPred)).table();
    }

    /**
     * {@link #classificationReport} as the text scikit-learn's {@code classification_report(digits=2)} prints, laid
     * out character for character (right-aligned columns 9 wide, the names column as wide as the longest name or
     * "weighted avg", a blank line after the header and after the classes; numbers rounded half to even on their exact
     * binary value, as Python's format does).
     *
     * @param yTrue the true labels, one per row
     * @param yPred the predicted labels, as many and compared by value
     * @return the report, each line ending in a line feed
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static String classificationReportText(Column<?> yTrue, Column<?> yPred) {
        return classificationReportText(yTrue, yPred, 2);
    }

    /**
     * {@link #classificationReportText(Column, Column)} with {@code digits} decimals, as scikit-learn's
     * {@code digits}.
     *
     * @param yTrue  the true labels, one per row
     * @param yPred  the predicted labels, as many and compared by value
     * @param digits the decimals of each score, 0 to 15
     * @return the report, each line ending in a line feed
     * @throws IllegalArgumentException for bad input (see the class comment) or digits out of range
     */
    public static String classificationReportText(Column<?> yTrue, Column<?> yPred, int digits) {
        if (digits < 0 || digits > 15) {
            throw new IllegalArgumentException("classificationReportText: digits must be from 0 to 15, found " + digits);
        }
        return ClassificationReport.of(ClassCounts.of(yTrue, yPred)).text(digits);
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

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
