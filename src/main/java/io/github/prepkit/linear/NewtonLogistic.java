package io.github.prepkit.linear;

import io.github.prepkit.internal.linalg.TiledGram;
import java.util.Arrays;

/**
 * Binary logistic regression by Newton's method (iteratively reweighted least squares) on the mean log-loss plus
 * (lambda / 2) ||theta||^2, the objective scikit-learn's lbfgs and newton-cg solvers minimise with lambda = 1 / (C n).
 * With row weights each row's loss counts times its weight (the sum still divided by the number of rows n, so the
 * penalty keeps its meaning: scikit-learn's sum of w_i loss_i + ||w||^2 / (2 C), divided by n); rows of weight 0
 * count for nothing, also in the separation test.
 * <p>
 * X is held as column arrays. Each iteration makes one pass computing the linear predictors, the loss and the
 * gradient (over blocks of rows, so that a block's columns are read from cache the second time), and one pass forming
 * the Hessian X^T W X / n + lambda I by {@link TiledGram} (upper triangle, rows x columns^2 / 2 multiply-adds), then
 * solves for the step by
 * Cholesky and halves it until the objective decreases enough (Armijo), which keeps Newton safe far from the optimum.
 * It stops, as newton-cg, once every component of the gradient of the summed objective (n times the mean's: the
 * log-loss summed over the rows plus ||theta||^2 / (2 C)) is within {@code tol}, or earlier once a Newton step could
 * only lower the objective by its rounding error (as it can with nearly collinear features); it then takes one last
 * step with the last Hessian's factor, which costs no pass over the data and makes the coefficients more accurate
 * still.
 * <p>
 * Without a penalty it detects separable classes instead of letting the coefficients run off: once the linear
 * predictors put every row strictly on its own side, or the Hessian becomes singular, it throws.
 */
final class NewtonLogistic {

    /** A Hessian pivot below this fraction of its largest diagonal entry counts as singular. */
    private static final double SINGULAR = 1e-14;
    /** Armijo's sufficient decrease: the objective must fall by this fraction of the step's first-order decrease. */
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double SMALLEST_STEP = 0x1p-20;

    private final double[][] x;
    private final int columns;
    private final double[] y;
    private final int penalised;
    private final double lambda;
    private final String classes;
    private final double[] weights;

    /**
     * A binary problem.
     *
     * @param x         the design's columns; with an intercept the last holds ones
     * @param y         1 for the positive class, 0 otherwise
     * @param penalised how many leading columns the penalty applies to: all, or all but the last, the intercept's
     *                  column of ones (whose Hessian entries are then the weighted column sums, not tiles)
     * @param lambda    the L2 penalty's strength; 0 for none
     * @param classes   the classes told apart, for the messages ("'a' and 'b'", "'a' and the others")
     * @param weights   each row's weight, finite and at least 0; null for every row 1
     */
    NewtonLogistic(double[][] x, double[] y, int penalised, double lambda, String classes, double[] weights) {
        this.x = x;
        this.columns = x.length;
        this.y = y;
        this.penalised = penalised;
        this.lambda = lambda;
        this.classes = classes;
        this.weights = weights;
    }

    /** The fitted parameters, the number of Hessians formed, and whether the gradient came within tol. */
    record Fit(double[] theta, int iterations, boolean converged) {
    }

    /** The point the objective is evaluated at, with what the Hessian needs. */
    private record Point(double[] theta, double[] eta, double[] curvature, double objective, double[] gradient) {
    }

    /**
     * Minimises the objective from {@code start}, forming at most {@code maxIter} Hessians.
     *
     * @throws IllegalStateException without a penalty, if the classes are separable or the Hessian is singular
     */
    Fit fit(double[] start, int maxIter, double tol) {
        Point point = evaluate(start);
        Cholesky last = null;
        for (int iteration = 0; ; iteration++) {
            if (lambda == 0 && Logistic.separates(point.eta, y, weights)) {
                throw Logistic.separable(classes);
            }
            double[] chord = last == null ? null : last.solve(point.gradient);
            if (RowMajor.maxAbs(point.gradient) * y.length <= tol || chord != null && flat(point, chord)) {
                return new Fit(chord == null ? point.theta : step(point.theta, chord, -1), iteration, true);
            }
            if (iteration == maxIter) {
                return new Fit(point.theta, iteration, false);
            }
            last = hessian(point);
            Point next = lineSearch(point, last.solve(point.gradient));
            if (next == null) {
                return new Fit(point.theta, iteration + 1, true); // no decrease left: the optimum to rounding
            }
            point = next;
        }
    }

    /**
     * Whether a Newton step (estimated with the last Hessian) could lower the objective by no more than its typical
     * rounding error, ulp-sized relative error in each of n terms adding up to sqrt(n) of them: half the Newton
     * decrement g . H^-1 g is the decrease it predicts. Nearly collinear features can keep the gradient above tol
     * at that point, where more iterations would only chase rounding noise.
     */
    private boolean flat(Point point, double[] chord) {
        double decrement = 0;
        for (int j = 0; j < chord.length; j++) {
            decrement += point.gradient[j] * chord[j];
        }
        return decrement / 2 <= Math.ulp(Math.abs(point.objective)) * Math.sqrt(y.length);
    }

    /** The first point along -direction (a Newton step, then halves) that decreases the objective enough, or null. */
    private Point lineSearch(Point point, double[] direction) {
        double slope = 0;
        for (int j = 0; j < columns; j++) {
            slope -= point.gradient[j] * direction[j];
        }
        for (double t = 1; t >= SMALLEST_STEP; t /= 2) {
            Point candidate = evaluate(step(point.theta, direction, -t));
            if (candidate.objective <= point.objective + SUFFICIENT_DECREASE * t * slope) {
                return candidate;
            }
        }
        return null;
    }

    /** One pass over the rows: linear predictors, Hessian weights w p(1 - p), objective and gradient at theta. */
    private Point evaluate(double[] theta) {
        int rows = y.length;
        double[] eta = new double[rows];
        double[] curvature = new double[rows];
        double[] residual = new double[Math.min(ColumnMajor.BLOCK, rows)];
        double[] gradient = new double[columns];
        double loss = 0;
        for (int from = 0; from < rows; from += ColumnMajor.BLOCK) {
            int to = Math.min(rows, from + ColumnMajor.BLOCK);
            for (int j = 0; j < columns; j++) {
                double[] column = x[j];
                double t = theta[j];
                for (int i = from; i < to; i++) {
                    eta[i] += column[i] * t;
                }
            }
            for (int i = from; i < to; i++) {
                // Logistic.sigmoid and Logistic.loss from one exponential, and log(1 + e) for log1p(e), which is not
                // an intrinsic and would double the cost of this loop; its absolute error stays below 2e-16 per row
                double e = Math.exp(-Math.abs(eta[i]));
                double p = eta[i] >= 0 ? 1 / (1 + e) : e / (1 + e);
                double w = weights == null ? 1 : weights[i];
                curvature[i] = w * (p * (1 - p));
                loss += w * (Math.max(eta[i], 0) + Math.log(1 + e) - y[i] * eta[i]);
                residual[i - from] = w * (p - y[i]);
            }
            for (int j = 0; j < columns; j++) {
                gradient[j] += ColumnMajor.dot(x[j], from, residual, to - from);
            }
        }
        double penalty = 0;
        for (int j = 0; j < columns; j++) {
            gradient[j] /= rows;
            if (j < penalised) {
                gradient[j] += lambda * theta[j];
                penalty += theta[j] * theta[j];
            }
        }
        return new Point(theta, eta, curvature, loss / rows + lambda / 2 * penalty, gradient);
    }

    /** The Cholesky factor of X^T D X / n + lambda I, D the curvatures (the intercept unpenalised). */
    private Cholesky hessian(Point point) {
        int rows = y.length;
        double[][] hessian = penalised == columns ? TiledGram.of(x, rows, point.curvature)
                : TiledGram.withOnes(Arrays.copyOf(x, penalised), rows, point.curvature);
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < columns; b++) {
                hessian[a][b] /= rows;
            }
        }
        for (int j = 0; j < penalised; j++) {
            hessian[j][j] += lambda;
        }
        return Cholesky.of(hessian, SINGULAR).orElseThrow(() -> new IllegalStateException(
                "LogisticRegression: the Hessian is singular for the classes " + classes + ": they are (nearly)"
                        + " separable or some features are collinear (a constant or duplicated column); use"
                        + " penalty(Penalty.L2) or drop the redundant features"));
    }

    private static double[] step(double[] theta, double[] direction, double t) {
        double[] result = Arrays.copyOf(theta, theta.length);
        for (int j = 0; j < result.length; j++) {
            result[j] += t * direction[j];
        }
        return result;
    }
}
