package io.github.prepkit.linear;

import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.data.Checks;

/**
 * A fitted {@link SGDRegressor}: {@link #coefficients()} and {@link #intercept()}, predictions
 * x . coefficients + intercept, and the loss of every epoch for a learning curve.
 */
public final class SGDRegressorModel extends LinearRegressorModel {

    private static final String STEP = "SGDRegressorModel";

    private final SGDRegressor estimator;
    private final GradientDescent.Result descent;

    private SGDRegressorModel(SGDRegressor estimator, Schema schema, String target, GradientDescent.Result descent) {
        super(schema, target, descent.coefficients(), descent.intercept());
        this.estimator = estimator;
        this.descent = descent;
    }

    /**
     * The model {@code estimator} fits when its descent ends at {@code coefficients} and {@code intercept} for
     * {@code target} on features with {@code schema}, every column a feature, after the epochs of {@code lossHistory};
     * the arrays are copied.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param target       the target column's name, which predictions take
     * @param coefficients one per feature, in schema order
     * @param intercept    the intercept, 0 without {@code fitIntercept}
     * @param lossHistory  the mean loss of each epoch, in order
     * @param converged    whether the descent stopped for lack of improvement rather than at {@code maxIter}
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, the target is null,
     *                                  there is not one coefficient per column, a number is not finite, the intercept
     *                                  is not 0 where the estimator does not fit one, or the epochs are none, more
     *                                  than maxIter, or fewer without converging
     */
    public static SGDRegressorModel of(SGDRegressor estimator, Schema schema, String target, double[] coefficients,
            double intercept, double[] lossHistory, boolean converged) {
        Checks.notNull(estimator, STEP + ": estimator");
        check(schema, target, coefficients, intercept, estimator.fitIntercept(), STEP);
        Checks.finite(Checks.notNull(lossHistory, STEP + ": lossHistory"), false, STEP + ": lossHistory");
        int epochs = lossHistory.length;
        if (epochs == 0 || epochs > estimator.maxIter() || !converged && epochs < estimator.maxIter()) {
            throw new IllegalArgumentException(STEP + ": a descent runs from 1 to maxIter = " + estimator.maxIter()
                    + " epochs, all of them unless it converged; found " + epochs + " epochs, converged " + converged);
        }
        return new SGDRegressorModel(estimator, schema, target,
                new GradientDescent.Result(coefficients, intercept, lossHistory, converged));
    }

    /** The estimator this model was fitted with. */
    public SGDRegressor estimator() {
        return estimator;
    }

    /** The loss of every epoch, in order (see {@link GradientDescent}); a copy. */
    public double[] lossHistory() {
        return descent.lossHistory();
    }

    /** The number of epochs run (scikit-learn's {@code n_iter_}). */
    public int nIter() {
        return descent.epochs();
    }

    /** Whether the descent stopped for lack of improvement rather than at {@code maxIter}. */
    public boolean converged() {
        return descent.converged();
    }

    /** {@code SGDRegressorModel on [features]: target y, coefficients [...], intercept b, n epochs, not converged}. */
    @Override
    public String toString() {
        return super.toString() + ", " + nIter() + " epochs" + (converged() ? "" : ", not converged");
    }
}
