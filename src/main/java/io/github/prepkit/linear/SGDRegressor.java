package io.github.prepkit.linear;

import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.TrainingData;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A linear regressor fitted by stochastic gradient descent, as scikit-learn's {@code SGDRegressor}: one row per
 * update, rows shuffled every epoch, minimising the mean {@link Loss} plus (alpha / 2) ||w||^2 (intercept not
 * penalised), stopping when the epoch loss has not improved by {@code tol} for 5 epochs in a row. It runs on
 * {@link GradientDescent} with a batch size of 1; each epoch costs O(rows x features). Like scikit-learn's, it
 * needs features on comparable scales (standardise them first) or the steps overflow.
 *
 * @param loss         what to minimise (default {@link Loss#SQUARED}, scikit-learn's {@code squared_error})
 * @param alpha        the L2 penalty's strength (default 1e-4)
 * @param learningRate the step size schedule (default {@link LearningRate#invScaling} with eta0 0.01, powerT 0.25)
 * @param maxIter      the most epochs (default 1000)
 * @param tol          the least improvement of the epoch loss that counts (default 1e-3)
 * @param fitIntercept whether to fit an intercept (default true)
 * @param seed         seeds the shuffling (default 0)
 */
public record SGDRegressor(Loss loss, double alpha, LearningRate learningRate, int maxIter, double tol,
                           boolean fitIntercept, long seed) implements Regressor<SGDRegressorModel> {

    private static final String STEP = "SGDRegressor";

    /** Validates every parameter. */
    public SGDRegressor {
        Parameters.notNull(STEP, "loss", loss);
        Parameters.nonNegative(STEP, "alpha", alpha);
        Parameters.notNull(STEP, "learningRate", learningRate);
        Parameters.positive(STEP, "maxIter", maxIter);
        Parameters.nonNegative(STEP, "tol", tol);
    }

    /** scikit-learn's defaults (see the parameters), seed 0. */
    public SGDRegressor() {
        this(Loss.SQUARED, 1e-4, LearningRate.invScaling(0.01, 0.25), 1000, 1e-3, true, 0);
    }

    /** A copy that minimises another loss. */
    public SGDRegressor loss(Loss loss) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy with another L2 penalty strength. */
    public SGDRegressor alpha(double alpha) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy with another step size schedule. */
    public SGDRegressor learningRate(LearningRate learningRate) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy that runs at most {@code maxIter} epochs. */
    public SGDRegressor maxIter(int maxIter) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy with another least improvement that counts. */
    public SGDRegressor tol(double tol) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy that does ({@code true}) or does not fit an intercept. */
    public SGDRegressor fitIntercept(boolean fitIntercept) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /** A copy that shuffles with another seed. */
    public SGDRegressor seed(long seed) {
        return new SGDRegressor(loss, alpha, learningRate, maxIter, tol, fitIntercept, seed);
    }

    /**
     * Fits the coefficients by stochastic gradient descent; neither input is modified. Not converging within
     * {@code maxIter} epochs is logged as a warning (scikit-learn's {@code ConvergenceWarning}) and shown by
     * {@link SGDRegressorModel#converged()}.
     *
     * @throws IllegalArgumentException if there are no rows or no feature column, a feature is not numeric or has
     *                                  a missing value, or the target is not numeric, has a missing value or
     *                                  another size, naming the column; or a feature's or the target's sum of
     *                                  squares exceeds the double range (the steps would overflow, and scaling it
     *                                  would change what alpha and the learning rate mean), naming it
     * @throws IllegalStateException    if the loss overflows (lower the learning rate or scale the features)
     */
    @Override
    public SGDRegressorModel fit(Table features, Column<?> target) {
        FeatureMatrix x = TrainingData.fitFeatures(features, target, STEP);
        double[] y = TrainingData.numericTarget(target, STEP);
        Checks.finiteSquares(x.values(), x.names(), STEP, "feature column");
        Checks.finiteSquares(y, List.of(target.name()), STEP, "target column");
        GradientDescent descent = new GradientDescent().batchSize(1).learningRate(learningRate).maxEpochs(maxIter)
                .tol(tol).seed(seed);
        GradientDescent.Result result;
        try {
            result = descent.minimize(x.values(), x.columns(), y, loss, alpha, fitIntercept);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(STEP + ": " + e.getMessage(), e);
        }
        if (!result.converged()) {
            System.getLogger(SGDRegressor.class.getName()).log(System.Logger.Level.WARNING, STEP + ": did not converge"
                    + " in " + maxIter + " epochs; increase maxIter or tol");
        }
        return SGDRegressorModel.of(this, Schema.of(features), target.name(), result.coefficients(), result.intercept(),
                result.lossHistory(), result.converged());
    }
}
