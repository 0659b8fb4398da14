package io.github.prepkit.featureselection;

import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.NumpySum;
import io.github.prepkit.internal.data.TrainingData;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The score functions' arithmetic on one array per column, in scikit-learn's order of operations: per-class sums
 * accumulated row by row (numpy's sums along the rows of a matrix), then combined as scikit-learn combines them. The
 * p-values are scipy's F and chi² survival functions on Commons Math's regularized beta and gamma functions.
 */
final class Scoring {

    /** The continued fractions' relative tolerance: below scipy's agreement of 1e-12. */
    private static final double EPSILON = 1e-15;
    private static final int MAX_ITERATIONS = 100_000;

    private Scoring() {
    }

    /**
     * Scores the numeric columns {@code requested} of {@code features} (all of them if none is) against
     * {@code target} with {@code function}.
     *
     * @throws IllegalArgumentException naming the step and the problem: no rows, a target of another length or of the
     *                                  wrong kind, a requested column missing or not numeric, a missing or infinite
     *                                  value (naming the column)
     */
    static Scores score(ScoreFunction function, List<String> requested, Table features, Column<?> target,
            String step) {
        List<String> columns = FitColumns.select(features, target, requested, step);
        double[][] x = FitColumns.values(features, columns, step);
        if (function instanceof ScoreFunction.FRegression regression) {
            return fRegression(columns, x, TrainingData.numericTarget(target, step), regression.center());
        }
        ClassLabels labels = TrainingData.classes(target, step);
        if (function instanceof ScoreFunction.FClassif) {
            return fClassif(columns, x, labels.codes(), labels.count());
        }
        if (function instanceof ScoreFunction.Chi2) {
            return chi2(columns, x, labels.codes(), labels.count(), step);
        }
        ScoreFunction.MutualInfoClassif mutual = (ScoreFunction.MutualInfoClassif) function;
        return new Scores(columns, MutualInformation.classif(x, labels.codes(), labels.count(), mutual.nNeighbors(),
                mutual.seed(), true), new double[0]);
    }

    /** scikit-learn's {@code f_oneway}: one pass per column for each class's sum and sum of squares. */
    static Scores fClassif(List<String> columns, double[][] x, int[] codes, int classes) {
        int n = codes.length;
        double[] perClass = new double[classes];
        for (int code : codes) {
            perClass[code]++;
        }
        double[] scores = new double[x.length];
        double[] pvalues = new double[x.length];
        double[] sums = new double[classes];
        double[] squares = new double[classes];
        double dfBetween = classes - 1;
        double dfWithin = n - classes;
        for (int j = 0; j < x.length; j++) {
            Arrays.fill(sums, 0);
            Arrays.fill(squares, 0);
            double[] column = x[j];
            for (int i = 0; i < n; i++) {
                double v = column[i];
                sums[codes[i]] += v;
                squares[codes[i]] += v * v;
            }
            double ssAll = 0;
            double sumAll = 0;
            for (int k = 0; k < classes; k++) {
                ssAll += squares[k];
                sumAll += sums[k];
            }
            double squareOfSumAll = sumAll * sumAll;
            double ssTotal = ssAll - squareOfSumAll / n;
            double ssBetween = 0;
            for (int k = 0; k < classes; k++) {
                ssBetween += sums[k] * sums[k] / perClass[k];
            }
            ssBetween -= squareOfSumAll / n;
            double ssWithin = ssTotal - ssBetween;
            double f = (ssBetween / dfBetween) / (ssWithin / dfWithin);
            scores[j] = f;
            pvalues[j] = fSurvival(dfBetween, dfWithin, f);
        }
        return new Scores(columns, scores, pvalues);
    }

    /**
     * scikit-learn's {@code f_regression} through {@code r_regression}, with {@code force_finite}: an undefined
     * correlation becomes 0 (score 0, p-value 1), an infinite score the largest double (p-value 0). A correlation
     * that rounding puts a hair beyond ±1 counts as ±1 (scikit-learn would give a negative F there).
     */
    static Scores fRegression(List<String> columns, double[][] x, double[] target, boolean center) {
        int n = target.length;
        double[] y = target.clone();
        if (center) {
            double mean = NumpySum.of(y) / n;
            for (int i = 0; i < n; i++) {
                y[i] -= mean;
            }
        }
        double yy = 0;
        for (double v : y) {
            yy += v * v;
        }
        double yNorm = Math.sqrt(yy);
        double degrees = n - (center ? 2 : 1);
        double[] scores = new double[x.length];
        double[] pvalues = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            double[] column = x[j];
            double sum = 0;
            double squares = 0;
            double cross = 0;
            for (int i = 0; i < n; i++) {
                double v = column[i];
                sum += v;
                squares += v * v;
                cross += y[i] * v;
            }
            double mean = sum / n;
            double norm = center ? Math.sqrt(squares - n * (mean * mean)) : Math.sqrt(squares);
            double r = cross / norm / yNorm;
            if (!Double.isFinite(r)) {
                r = 0; // a constant column: NaN (0 / 0) or, with rounding, infinite; scikit-learn's F is NaN, forced to 0
            }
            double r2 = Math.min(1, r * r);
            double f = r2 / (1 - r2) * degrees;
            pvalues[j] = fSurvival(1, degrees, f);
            scores[j] = Double.isInfinite(f) ? Double.MAX_VALUE : Double.isNaN(f) ? 0 : f;
            if (Double.isNaN(f)) {
                pvalues[j] = 1;
            }
        }
        return new Scores(columns, scores, pvalues);
    }

    /**
     * scikit-learn's {@code chi2}: per class the observed total of each column against its expected share (the
     * column's total x the class's frequency), the squared differences over the expected summed over the classes.
     *
     * @throws IllegalArgumentException naming the column and row of a negative value ("Input X must be non-negative")
     */
    static Scores chi2(List<String> columns, double[][] x, int[] codes, int classes, String step) {
        int n = codes.length;
        double[] classProbability = new double[classes];
        for (int code : codes) {
            classProbability[code]++;
        }
        for (int k = 0; k < classes; k++) {
            classProbability[k] /= n;
        }
        double[] scores = new double[x.length];
        double[] pvalues = new double[x.length];
        double[] observed = new double[classes];
        for (int j = 0; j < x.length; j++) {
            Arrays.fill(observed, 0);
            double total = 0;
            double[] column = x[j];
            for (int i = 0; i < n; i++) {
                double v = column[i];
                if (v < 0) {
                    throw new IllegalArgumentException(step + ": chi2 needs non-negative features (counts or"
                            + " frequencies), but column '" + columns.get(j) + "' has " + v + " in row " + i);
                }
                observed[codes[i]] += v;
                total += v;
            }
            double chi2 = 0;
            for (int k = 0; k < classes; k++) {
                double expected = classProbability[k] * total;
                double d = observed[k] - expected;
                chi2 += d * d / expected;
            }
            scores[j] = chi2;
            pvalues[j] = Double.isNaN(chi2) ? Double.NaN : Double.isInfinite(chi2) ? 0 : Gamma.regularizedGammaQ((classes - 1) / 2.0, chi2 / 2,
                    EPSILON, MAX_ITERATIONS);
        }
        return new Scores(columns, scores, pvalues);
    }

    /**
     * scipy's {@code fdtrc(a, b, f)}, the F distribution's survival function: the regularized incomplete beta
     * I(b / (b + a f); b / 2, a / 2). NaN for NaN or negative f or a degree below 1, 0 for an infinite f.
     */
    static double fSurvival(double a, double b, double f) {
        if (!(f >= 0) || !(a >= 1) || !(b >= 1)) {
            return Double.NaN;
        }
        double w = b / (b + a * f);
        return w == 0 ? 0 : Beta.regularizedBeta(w, b / 2, a / 2, EPSILON, MAX_ITERATIONS);
    }
}
