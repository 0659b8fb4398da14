package io.github.prepkit.linear;

/** The logistic function and the log-loss on 0/1 targets, computed without overflow for any linear predictor. */
final class Logistic {

    private Logistic() {
    }

    /** 1 / (1 + e^-eta): the probability of the positive class. */
    static double sigmoid(double eta) {
        if (eta >= 0) {
            return 1 / (1 + Math.exp(-eta));
        }
        double e = Math.exp(eta);
        return e / (1 + e);
    }

    /** The negative log-likelihood of {@code target} (0 or 1) under linear predictor eta: log(1 + e^eta) - target eta. */
    static double loss(double target, double eta) {
        double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
        return softplus - target * eta;
    }

    /**
     * Whether the linear predictors {@code eta} put every positive row (target 1) strictly above 0 and every other
     * row strictly below: then the classes are linearly separable and, without a penalty, the likelihood keeps
     * growing as the coefficients grow, so no finite maximum exists.
     */
    static boolean separates(double[] eta, double[] target) {
        return separates(eta, target, null);
    }

    /** As {@link #separates(double[], double[])}, over the rows of positive weight ({@code weights} null: all). */
    static boolean separates(double[] eta, double[] target, double[] weights) {
        for (int i = 0; i < eta.length; i++) {
            if ((weights == null || weights[i] > 0) && (target[i] == 1 ? !(eta[i] > 0) : !(eta[i] < 0))) {
                return false;
            }
        }
        return true;
    }

    /** The error for separable classes (see {@link #separates}), naming them and the remedy. */
    static IllegalStateException separable(String classes) {
        return new IllegalStateException("LogisticRegression: the classes " + classes + " are linearly separable, so"
                + " without a penalty the coefficients grow without bound (no maximum-likelihood estimate exists);"
                + " use penalty(Penalty.L2), with a larger c for a weaker penalty");
    }
}
