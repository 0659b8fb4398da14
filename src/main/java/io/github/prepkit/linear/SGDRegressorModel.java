package io.github.prepkit.linear;

import io.github.prepkit.data.Schema;

/**
 * A fitted {@link SGDRegressor}: {@link #coefficients()} and {@link #intercept()}, predictions
 * x . coefficients + intercept, and the loss of every epoch for a learning curve.
 */
public final class SGDRegressorModel extends LinearRegressorModel {

    private final GradientDescent.Result descent;

    SGDRegressorModel(Schema schema, String target, GradientDescent.Result descent) {
        super(schema, target, descent.coefficients(), descent.intercept());
        this.descent = descent;
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
}
