package io.github.prepkit.linear;

import java.util.Arrays;

/**
 * Multinomial logistic regression by Newton's method on the full Hessian of a {@link SoftmaxLoss}, as
 * {@link NewtonLogistic} does for two classes: each iteration makes one pass for the objective and gradient and
 * K (K + 1) / 2 weighted Gram passes for the Hessian, factors it by Cholesky and halves the step until the objective
 * decreases enough (Armijo). It stops once every component of the gradient is within {@code tol}, or earlier once a
 * Newton step could only lower the objective by its rounding error, and then takes one last step with the last
 * Hessian's factor. After every step the parameters are re-centred ({@link SoftmaxLoss#centre}) so that rounding
 * cannot drift them along the directions the objective is flat in.
 */
final class NewtonSoftmax {

    /** Armijo's sufficient decrease: the objective must fall by this fraction of the step's first-order decrease. */
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double SMALLEST_STEP = 0x1p-20;

    private final SoftmaxLoss loss;

    NewtonSoftmax(SoftmaxLoss loss) {
        this.loss = loss;
    }

    /**
     * Minimises the objective from {@code start}, forming at most {@code maxIter} Hessians.
     *
     * @throws IllegalStateException without a penalty, if the classes are separable or the Hessian is singular
     */
    SoftmaxLoss.Fit fit(double[] start, int maxIter, double tol) {
        SoftmaxLoss.Point point = loss.evaluate(start);
        Cholesky last = null;
        for (int iteration = 0; ; iteration++) {
            loss.checkSeparable(point);
            double[] chord = last == null ? null : last.solve(point.gradient());
            if (RowMajor.maxAbs(point.gradient()) <= tol || chord != null && flat(point, chord)) {
                return new SoftmaxLoss.Fit(chord == null ? point.theta() : step(point.theta(), chord, -1), iteration,
                        true);
            }
            if (iteration == maxIter) {
                return new SoftmaxLoss.Fit(point.theta(), iteration, false);
            }
            last = loss.factor(point);
            SoftmaxLoss.Point next = lineSearch(point, last.solve(point.gradient()));
            if (next == null) {
                return new SoftmaxLoss.Fit(point.theta(), iteration + 1, true); // no decrease left: the optimum
            }
            point = next;
        }
    }

    /**
     * Whether a Newton step (estimated with the last Hessian) could lower the objective by no more than its typical
     * rounding error, as {@link NewtonLogistic}: half the Newton decrement g . H^-1 g against ulp-sized errors in
     * each of the rows' terms adding up to sqrt(rows) of them.
     */
    private boolean flat(SoftmaxLoss.Point point, double[] chord) {
        double decrement = 0;
        for (int j = 0; j < chord.length; j++) {
            decrement += point.gradient()[j] * chord[j];
        }
        return decrement / 2 <= Math.ulp(Math.abs(point.objective())) * Math.sqrt(loss.rows());
    }

    /** The first point along -direction (a Newton step, then halves) that decreases the objective enough, or null. */
    private SoftmaxLoss.Point lineSearch(SoftmaxLoss.Point point, double[] direction) {
        double slope = 0;
        for (int j = 0; j < direction.length; j++) {
            slope -= point.gradient()[j] * direction[j];
        }
        for (double t = 1; t >= SMALLEST_STEP; t /= 2) {
            SoftmaxLoss.Point candidate = loss.evaluate(step(point.theta(), direction, -t));
            if (candidate.objective() <= point.objective() + SUFFICIENT_DECREASE * t * slope) {
                return candidate;
            }
        }
        return null;
    }

    /** theta + t direction, re-centred. */
    private double[] step(double[] theta, double[] direction, double t) {
        double[] result = Arrays.copyOf(theta, theta.length);
        for (int j = 0; j < result.length; j++) {
            result[j] += t * direction[j];
        }
        loss.centre(result);
        return result;
    }
}
