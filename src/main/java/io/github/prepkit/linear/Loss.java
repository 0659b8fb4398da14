package io.github.prepkit.linear;

/**
 * The loss of one prediction against its target, which {@link GradientDescent} averages over the rows and
 * minimises. The derivative is taken with respect to the prediction (a subgradient where the loss has a kink).
 */
public sealed interface Loss permits Loss.Squared, Loss.Absolute, Loss.Log, Loss.Minkowski {

    /** Half the squared error, (prediction - target)^2 / 2: scikit-learn's {@code squared_error} in SGDRegressor. */
    Loss SQUARED = new Squared();

    /**
     * The absolute error |prediction - target|, fitting the conditional median: scikit-learn's
     * {@code epsilon_insensitive} loss with epsilon 0. Its subgradient at 0 is 0.
     */
    Loss ABSOLUTE = new Absolute();

    /**
     * The logistic loss for targets 0 and 1 and a prediction eta on the log-odds scale: log(1 + e^eta) - target eta,
     * the negative log-likelihood of logistic regression (scikit-learn's {@code log_loss}).
     */
    Loss LOG = new Log();

    /**
     * The Minkowski error |prediction - target|^p for p at least 1. p = 2 is the squared error (twice
     * {@link #SQUARED}), p = 1 the absolute error; between them it is a convex error that an outlier pulls less than
     * the squared error does.
     *
     * @param p the power, at least 1
     * @throws IllegalArgumentException unless p is finite and at least 1 (below 1 the loss is not convex)
     */
    static Loss minkowski(double p) {
        return new Minkowski(p);
    }

    /** The loss of {@code prediction} when the truth is {@code target}. */
    double value(double target, double prediction);

    /** The derivative of {@link #value} with respect to {@code prediction}. */
    double derivative(double target, double prediction);

    /** See {@link Loss#SQUARED}. */
    record Squared() implements Loss {

        @Override
        public double value(double target, double prediction) {
            double r = prediction - target;
            return r * r / 2;
        }

        @Override
        public double derivative(double target, double prediction) {
            return prediction - target;
        }
    }

    /** See {@link Loss#ABSOLUTE}. */
    record Absolute() implements Loss {

        @Override
        public double value(double target, double prediction) {
            return Math.abs(prediction - target);
        }

        @Override
        public double derivative(double target, double prediction) {
            return Math.signum(prediction - target);
        }
    }

    /** See {@link Loss#LOG}. */
    record Log() implements Loss {

        @Override
        public double value(double target, double prediction) {
            return Logistic.loss(target, prediction);
        }

        @Override
        public double derivative(double target, double prediction) {
            return Logistic.sigmoid(prediction) - target;
        }
    }

    /**
     * See {@link Loss#minkowski(double)}.
     *
     * @param p the exponent, at least 1
     */
    record Minkowski(double p) implements Loss {

        /** Validates p. */
        public Minkowski {
            if (!(p >= 1) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("Loss.minkowski: p must be a finite number of at least 1, found " + p);
            }
        }

        @Override
        public double value(double target, double prediction) {
            return Math.pow(Math.abs(prediction - target), p);
        }

        @Override
        public double derivative(double target, double prediction) {
            double r = prediction - target;
            return r == 0 ? 0 : p * Math.pow(Math.abs(r), p - 1) * Math.signum(r);
        }
    }
}
