package io.github.prepkit.impute;

import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.linalg.CrossProductSums;
import io.github.prepkit.internal.linalg.CrossProducts;
import io.github.prepkit.stats.LinearFit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One round of scikit-learn's iterative imputation on an {@link ImputationMatrix}: each column in turn is
 * regressed on all the others over the rows where it is known, and its gaps are re-predicted from the current
 * values of their rows, so later columns of the round see the new values.
 *
 * <p>The cost of a regression does not grow with the row count: the sums and cross products of all rows are
 * built once (O(n p²)); a column's regression takes off the rows where it is missing, fits from the p x p
 * cross products, and puts the rows back with their new predictions, O(m p²) for its m gaps.
 */
final class RoundRobin {

    /** A fitted regression of column {@code target}: intercept + Σ weights[k] · x[k], with weights[target] = 0. */
    record Step(int target, double intercept, double[] weights) {

        static Step of(int target, LinearFit fit) {
            double[] coefficients = fit.coefficients();
            double[] weights = new double[coefficients.length + 1];
            for (int k = 0; k < coefficients.length; k++) {
                weights[k < target ? k : k + 1] = coefficients[k];
            }
            return new Step(target, fit.intercept(), weights);
        }

        /** This regression with its intercept divided by {@code scale}: from scaled units to the values' own. */
        Step unscaled(BinaryScale scale) {
            return new Step(target, scale.undo(intercept), weights);
        }

        /** The regression as a function of the other columns, in column order. */
        LinearFit fit() {
            double[] coefficients = new double[weights.length - 1];
            for (int k = 0; k < coefficients.length; k++) {
                coefficients[k] = weights[k < target ? k : k + 1];
            }
            return new LinearFit(intercept, coefficients);
        }
    }

    private final ImputationMatrix matrix;
    private final Function<CrossProducts, LinearFit> estimator;
    /** The sums over all rows, shifted by the initial column means to keep centring accurate. */
    private final CrossProductSums sums;

    RoundRobin(ImputationMatrix matrix, Function<CrossProducts, LinearFit> estimator) {
        this.matrix = matrix;
        this.estimator = estimator;
        double[] means = new double[matrix.width];
        for (int k = 0; k < matrix.values.length; k++) {
            means[k % matrix.width] += matrix.values[k] / matrix.rows;
        }
        this.sums = new CrossProductSums(means);
        sums.addAll(matrix.values);
    }

    /**
     * Regresses and re-imputes each column of {@code order} in turn; returns the regressions, in that order, with
     * intercepts in the matrix's scaled units.
     */
    List<Step> round(int[] order) {
        List<Step> steps = new ArrayList<>(order.length);
        for (int target : order) {
            int[] missing = matrix.missingRows[target];
            for (int row : missing) {
                sums.subtract(matrix.values, row * matrix.width);
            }
            Step step = Step.of(target, estimator.apply(sums.regression(target)));
            matrix.impute(target, step.intercept(), step.weights());
            for (int row : missing) {
                sums.add(matrix.values, row * matrix.width);
            }
            steps.add(step);
        }
        return steps;
    }
}
