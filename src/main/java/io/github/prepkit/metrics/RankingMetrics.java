package io.github.prepkit.metrics;

import io.github.prepkit.internal.data.Checks;
import java.util.Arrays;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Curves and scores of a classifier's ranking of the rows, as scikit-learn 1.2.1's {@code roc_curve},
 * {@code precision_recall_curve} and {@code average_precision_score} for one positive class.
 *
 * <p>The arguments are taken as {@link ProbabilityMetrics#rocAuc(Column, double[])} takes them: the true classes as
 * a column of any type, and the scores either as a {@code double[]} with one finite value per row (a probability or
 * decision value of the positive class) or as the table a classifier's {@code predictProba} returns, whose column
 * named as the positive class is read. The positive class is {@code positiveLabel}, compared by value (a number for
 * numeric labels: 1 matches 1.0), or by default the greater of two classes. Where scikit-learn is stricter we differ
 * on purpose: without {@code pos_label} it refuses two classes other than 0/1 or -1/1 (so string labels), and
 * {@code average_precision_score}'s default {@code pos_label=1} refuses two classes without 1; here the greater class
 * is positive, as {@code roc_auc_score} takes it. A single numeric class without a label is positive if it is 1, as
 * scikit-learn's default; a single class of another type needs the label.
 *
 * <p>Sizes that differ, an empty or missing true value, a continuous (not whole) float label or a score that is NaN
 * or infinite fail with an {@link IllegalArgumentException} naming the argument, as do more than two classes without
 * a label. A curve of a single class is scikit-learn's: a rate with a zero denominator is NaN (ROC) or the recall is
 * 1 (precision-recall), logged as a warning where scikit-learn warns.
 */
public final class RankingMetrics {

    private static final System.Logger LOG = System.getLogger(RankingMetrics.class.getName());

    private RankingMetrics() {
    }

    /**
     * The ROC curve of {@code scores} for the greater of two classes, dropping intermediate points (scikit-learn's
     * default {@code drop_intermediate=True}).
     *
     * @param yTrue  the true classes, one per row
     * @param scores the score of the positive class for each row, finite
     * @return the curve
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static RocCurve rocCurve(Column<?> yTrue, double[] scores) {
        return rocCurve(yTrue, scores, null, true);
    }

    /**
     * The ROC curve of {@code scores} for class {@code positiveLabel} against all others (any number of classes),
     * dropping intermediate points.
     *
     * @param yTrue         the true classes, one per row
     * @param scores        the score of the positive class for each row, finite
     * @param positiveLabel the positive class, such as {@code 1} or {@code "malignant"}; it may be absent from
     *                      {@code yTrue} (then the true positive rate is NaN)
     * @return the curve
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static RocCurve rocCurve(Column<?> yTrue, double[] scores, Object positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return rocCurve(yTrue, scores, positiveLabel, true);
    }

    /**
     * The ROC curve of {@code scores}, all points kept unless {@code dropIntermediate}: then a point collinear with its
     * neighbours on a straight stretch (where neither the false nor the true positive count bends) is dropped, as
     * scikit-learn's {@code drop_intermediate=True}; the curve's shape and area stay the same. O(rows log rows).
     *
     * @param yTrue            the true classes, one per row
     * @param scores           the score of the positive class for each row, finite
     * @param positiveLabel    the positive class, or null for the default (see the class comment)
     * @param dropIntermediate whether to drop the collinear points
     * @return the curve
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static RocCurve rocCurve(Column<?> yTrue, double[] scores, Object positiveLabel, boolean dropIntermediate) {
        PositiveClass positive = positives(yTrue, scores, positiveLabel, "rocCurve");
        BinaryCurve curve = BinaryCurve.of(positive.positive(), scores);
        int[] kept = dropIntermediate ? corners(curve) : allPoints(curve.size());
        int n = kept.length + 1;
        double[] fps = new double[n];
        double[] tps = new double[n];
        double[] thresholds = new double[n];
        for (int k = 1; k < n; k++) {
            fps[k] = curve.falsePositives()[kept[k - 1]];
            tps[k] = curve.truePositives()[kept[k - 1]];
            thresholds[k] = curve.thresholds()[kept[k - 1]];
        }
        thresholds[0] = thresholds[1] + 1; // scikit-learn 1.2.1; 1.3 writes infinity
        return new RocCurve(rates(fps, "negative", "false"), rates(tps, "positive", "true"), thresholds);
    }

    /**
     * {@link #rocCurve(Column, double[])} of the column of {@code probabilities} named as the greater of two classes.
     *
     * @param yTrue         the true classes, one per row
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @return the curve
     * @throws IllegalArgumentException if there is no such column, or for bad input (see the class comment)
     */
    public static RocCurve rocCurve(Column<?> yTrue, Table probabilities) {
        return rocCurve(yTrue, column(yTrue, probabilities, null, "rocCurve"));
    }

    /**
     * {@link #rocCurve(Column, double[], Object)} of the column of {@code probabilities} named as
     * {@code positiveLabel}'s class.
     *
     * @param yTrue         the true classes, one per row
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @param positiveLabel the positive class
     * @return the curve
     * @throws IllegalArgumentException if there is no such column, or for bad input (see the class comment)
     */
    public static RocCurve rocCurve(Column<?> yTrue, Table probabilities, Object positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return rocCurve(yTrue, column(yTrue, probabilities, positiveLabel, "rocCurve"), positiveLabel);
    }

    /**
     * The precision-recall curve of {@code scores} for the greater of two classes. O(rows log rows).
     *
     * @param yTrue  the true classes, one per row
     * @param scores the score of the positive class for each row, finite
     * @return the curve
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static PrecisionRecallCurve precisionRecallCurve(Column<?> yTrue, double[] scores) {
        return precisionRecall(yTrue, scores, null);
    }

    /**
     * The precision-recall curve of {@code scores} for class {@code positiveLabel} against all others (any number of
     * classes).
     *
     * @param yTrue         the true classes, one per row
     * @param scores        the score of the positive class for each row, finite
     * @param positiveLabel the positive class; it may be absent from {@code yTrue} (then the recall is 1 throughout)
     * @return the curve
     * @throws IllegalArgumentException for bad input (see the class comment)
     */
    public static PrecisionRecallCurve precisionRecallCurve(Column<?> yTrue, double[] scores, Object positiveLabel) {
        return precisionRecall(yTrue, scores, Checks.notNull(positiveLabel, "positiveLabel"));
    }

    /**
     * {@link #precisionRecallCurve(Column, double[])} of the column of {@code probabilities} named as the greater of
     * two classes.
     *
     * @param yTrue         the true classes, one per row
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @return the curve
     * @throws IllegalArgumentException if there is no such column, or for bad input (see the class comment)
     */
    public static PrecisionRecallCurve precisionRecallCurve(Column<?> yTrue, Table probabilities) {
        return precisionRecall(yTrue, column(yTrue, probabilities, null, "precisionRecallCurve"), null);
    }

    /**
     * {@link #precisionRecallCurve(Column, double[], Object)} of the column of {@code probabilities} named as
     * {@code positiveLabel}'s class.
     *
     * @param yTrue         the true classes, one per row
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @param positiveLabel the positive class
     * @return the curve
     * @throws IllegalArgumentException if there is no such column, or for bad input (see the class comment)
     */
    public static PrecisionRecallCurve precisionRecallCurve(Column<?> yTrue, Table probabilities, Object positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return precisionRecall(yTrue, column(yTrue, probabilities, positiveLabel, "precisionRecallCurve"),
                positiveLabel);
    }

    /**
     * The average precision of {@code scores} for the greater of two classes: the area under the precision-recall
     * curve as a step function, without interpolation ({@link PrecisionRecallCurve#averagePrecision}).
     *
     * @param yTrue  the true classes, one per row, at most two
     * @param scores the score of the positive class for each row, finite
     * @return the average precision, from 0 to 1
     * @throws IllegalArgumentException for more than two classes, or for bad input (see the class comment)
     */
    public static double averagePrecision(Column<?> yTrue, double[] scores) {
        return averagePrecision(yTrue, scores, null, "averagePrecision");
    }

    /**
     * The average precision of {@code scores} for class {@code positiveLabel}. As scikit-learn, {@code yTrue} may hold
     * at most two classes, and where it holds two the label must be one of them; a single class other than the label
     * means no positive row, a recall of 1 throughout and an average precision of 0.
     *
     * @param yTrue         the true classes, one per row, at most two
     * @param scores        the score of the positive class for each row, finite
     * @param positiveLabel the positive class
     * @return the average precision, from 0 to 1
     * @throws IllegalArgumentException for more than two classes, a label that is neither of two classes, or for bad
     *                                  input (see the class comment)
     */
    public static double averagePrecision(Column<?> yTrue, double[] scores, Object positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return averagePrecision(yTrue, scores, positiveLabel, "averagePrecision");
    }

    /**
     * {@link #averagePrecision(Column, double[])} of the column of {@code probabilities} named as the greater of two
     * classes.
     *
     * @param yTrue         the true classes, one per row, at most two
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @return the average precision, from 0 to 1
     * @throws IllegalArgumentException if there is no such column, or as {@link #averagePrecision(Column, double[])}
     */
    public static double averagePrecision(Column<?> yTrue, Table probabilities) {
        return averagePrecision(yTrue, column(yTrue, probabilities, null, "averagePrecision"));
    }

    /**
     * {@link #averagePrecision(Column, double[], Object)} of the column of {@code probabilities} named as
     * {@code positiveLabel}'s class.
     *
     * @param yTrue         the true classes, one per row, at most two
     * @param probabilities a classifier's {@code predictProba} table, one column per class named as the class
     * @param positiveLabel the positive class
     * @return the average precision, from 0 to 1
     * @throws IllegalArgumentException if there is no such column, or as
     *                                  {@link #averagePrecision(Column, double[], Object)}
     */
    public static double averagePrecision(Column<?> yTrue, Table probabilities, Object positiveLabel) {
        Checks.notNull(positiveLabel, "positiveLabel");
        return averagePrecision(yTrue, column(yTrue, probabilities, positiveLabel, "averagePrecision"), positiveLabel);
    }

    private static double averagePrecision(Column<?> yTrue, double[] scores, Object positiveLabel, String step) {
        PositiveClass positive = positives(yTrue, scores, positiveLabel, step);
        if (positive.classes() > 2) {
            throw new IllegalArgumentException(step + ": yTrue holds " + positive.classes() + " classes; the average"
                    + " precision takes at most two (scikit-learn: multiclass format is not supported)");
        }
        if (positive.classes() == 2 && !positive.present()) {
            throw new IllegalArgumentException(step + ": the positive label " + positiveLabel + " is neither of the two"
                    + " classes of yTrue");
        }
        return precisionRecall(positive, scores).averagePrecision();
    }

    private static PrecisionRecallCurve precisionRecall(Column<?> yTrue, double[] scores, Object positiveLabel) {
        return precisionRecall(positives(yTrue, scores, positiveLabel, "precisionRecallCurve"), scores);
    }

    private static PrecisionRecallCurve precisionRecall(PositiveClass positive, double[] scores) {
        BinaryCurve curve = BinaryCurve.of(positive.positive(), scores);
        int n = curve.size();
        long positives = curve.truePositives()[n - 1];
        if (positives == 0) {
            LOG.log(System.Logger.Level.WARNING, "precisionRecallCurve: no positive class found in yTrue, recall is set"
                    + " to one for all thresholds (as scikit-learn)");
        }
        double[] precision = new double[n + 1];
        double[] recall = new double[n + 1];
        double[] thresholds = new double[n];
        for (int k = 0; k < n; k++) { // reversed: increasing thresholds, decreasing recall
            long tp = curve.truePositives()[k];
            precision[n - 1 - k] = (double) tp / (tp + curve.falsePositives()[k]);
            recall[n - 1 - k] = positives == 0 ? 1 : (double) tp / positives;
            thresholds[n - 1 - k] = curve.thresholds()[k];
        }
        precision[n] = 1;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }

    private static PositiveClass positives(Column<?> yTrue, double[] scores, Object positiveLabel, String step) {
        Checks.notNull(scores, "scores");
        Inputs.sameSize(yTrue, "yTrue", scores.length, "scores");
        Inputs.finite(scores, "scores");
        return PositiveClass.of(yTrue, positiveLabel, step);
    }

    /** The scores in the column of {@code probabilities} named as the positive class. */
    private static double[] column(Column<?> yTrue, Table probabilities, Object positiveLabel, String step) {
        Checks.notNull(probabilities, "probabilities");
        Inputs.sameSize(yTrue, "yTrue", probabilities.rowCount(), "probabilities");
        return ProbabilityMetrics.probabilityColumn(probabilities, PositiveClass.of(yTrue, positiveLabel, step).name());
    }

    /**
     * The indexes of the points to keep: the first, the last, and those where the false or the true positive count
     * bends (a second difference not 0), as scikit-learn's {@code drop_intermediate}; all of up to 2 points.
     */
    private static int[] corners(BinaryCurve curve) {
        int n = curve.size();
        if (n <= 2) {
            return allPoints(n);
        }
        long[] fps = curve.falsePositives();
        long[] tps = curve.truePositives();
        int[] kept = new int[n];
        int count = 0;
        kept[count++] = 0;
        for (int k = 1; k < n - 1; k++) {
            if (fps[k + 1] - 2 * fps[k] + fps[k - 1] != 0 || tps[k + 1] - 2 * tps[k] + tps[k - 1] != 0) {
                kept[count++] = k;
            }
        }
        kept[count++] = n - 1;
        return Arrays.copyOf(kept, count);
    }

    private static int[] allPoints(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        return all;
    }

    /** {@code counts} divided by the last, or all NaN with a warning where the last is 0 (as scikit-learn). */
    private static double[] rates(double[] counts, String kind, String rate) {
        double total = counts[counts.length - 1];
        if (total <= 0) {
            LOG.log(System.Logger.Level.WARNING, "rocCurve: no " + kind + " samples in yTrue, the " + rate
                    + " positive rate is NaN (as scikit-learn)");
            Arrays.fill(counts, Double.NaN);
            return counts;
        }
        for (int k = 0; k < counts.length; k++) {
            counts[k] /= total;
        }
        return counts;
    }
}
