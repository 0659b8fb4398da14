package io.github.prepkit.linear;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.5) on a {@link SoftmaxLoss}, for multinomial problems whose
 * Hessian is too large to form ({@link LogisticRegression#LARGEST_NEWTON_HESSIAN}); Commons Math 3.6 has no L-BFGS.
 * It keeps the last {@value #MEMORY} steps and gradient changes (scipy's default), scales the first guess of the
 * inverse Hessian by s . y / y . y, and backtracks from the full step until the objective decreases enough (Armijo);
 * a pair with s . y not positive is not kept. It stops, as Newton, once every component of the gradient is within
 * {@code tol}, or once not even a steepest-descent step decreases the objective (the optimum to rounding). Each
 * iteration costs one or a few passes over the rows (rows x classes x columns multiply-adds) and memory x
 * parameters more; there is no Hessian to polish with at the end.
 */
final class Lbfgs {

    /** How many (s, y) pairs are kept. */
    static final int MEMORY = 10;
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double SMALLEST_STEP = 0x1p-30;

    private Lbfgs() {
    }

    /** One kept pair: the step s, the gradient's change y, and 1 / (s . y). */
    private record Pair(double[] s, double[] y, double rho) {
    }

    /**
     * Minimises {@code loss} from {@code start} in at most {@code maxIter} iterations.
     *
     * @throws IllegalStateException without a penalty, if the classes are separable
     */
    static SoftmaxLoss.Fit fit(SoftmaxLoss loss, double[] start, int maxIter, double tol) {
        SoftmaxLoss.Point point = loss.evaluate(start);
        Deque<Pair> memory = new ArrayDeque<>();
        for (int iteration = 0; ; iteration++) {
            loss.checkSeparable(point);
            double[] gradient = point.gradient();
            if (RowMajor.maxAbs(gradient) <= tol) {
                return new SoftmaxLoss.Fit(point.theta(), iteration, true);
            }
            if (iteration == maxIter) {
                return new SoftmaxLoss.Fit(point.theta(), iteration, false);
            }
            SoftmaxLoss.Point next = memory.isEmpty() ? null : lineSearch(loss, point, direction(gradient, memory));
            if (next == null) {
                memory.clear();
                next = lineSearch(loss, point, steepest(gradient));
                if (next == null) {
                    return new SoftmaxLoss.Fit(point.theta(), iteration + 1, true); // no decrease left: the optimum
                }
            }
            double[] s = new double[gradient.length];
            double[] y = new double[gradient.length];
            double sy = 0;
            for (int j = 0; j < s.length; j++) {
                s[j] = next.theta()[j] - point.theta()[j];
                y[j] = next.gradient()[j] - gradient[j];
                sy += s[j] * y[j];
            }
            if (sy > 0) {
                if (memory.size() == MEMORY) {
                    memory.removeFirst();
                }
                memory.addLast(new Pair(s, y, 1 / sy));
            }
            point = next;
        }
    }

    /** The gradient scaled to unit length: the first step, before any curvature is known (as scipy's). */
    private static double[] steepest(double[] gradient) {
        double norm = 0;
        for (double g : gradient) {
            norm += g * g;
        }
        double scale = 1 / Math.max(1, Math.sqrt(norm));
        double[] direction = gradient.clone();
        for (int j = 0; j < direction.length; j++) {
            direction[j] *= scale;
        }
        return direction;
    }

    /** The two-loop recursion: H g for the inverse-Hessian estimate H the kept pairs make. */
    private static double[] direction(double[] gradient, Deque<Pair> memory) {
        double[] q = gradient.clone();
        double[] alpha = new double[memory.size()];
        int m = memory.size();
        Iterator<Pair> newestFirst = memory.descendingIterator();
        for (int i = m - 1; i >= 0; i--) {
            Pair pair = newestFirst.next();
            alpha[i] = pair.rho * dot(pair.s, q);
            axpy(-alpha[i], pair.y, q);
        }
        Pair newest = memory.getLast();
        double gamma = 1 / (newest.rho * dot(newest.y, newest.y));
        for (int j = 0; j < q.length; j++) {
            q[j] *= gamma;
        }
        int i = 0;
        for (Pair pair : memory) {
            double beta = pair.rho * dot(pair.y, q);
            axpy(alpha[i] - beta, pair.s, q);
            i++;
        }
        return q;
    }

    /** The first point along -direction (the full step, then halves) that decreases the objective enough, or null. */
    private static SoftmaxLoss.Point lineSearch(SoftmaxLoss loss, SoftmaxLoss.Point point, double[] direction) {
        double slope = -dot(point.gradient(), direction);
        if (!(slope < 0)) {
            return null;
        }
        for (double t = 1; t >= SMALLEST_STEP; t /= 2) {
            double[] theta = Arrays.copyOf(point.theta(), direction.length);
            axpy(-t, direction, theta);
            loss.centre(theta);
            SoftmaxLoss.Point candidate = loss.evaluate(theta);
            if (candidate.objective() <= point.objective() + SUFFICIENT_DECREASE * t * slope) {
                return candidate;
            }
        }
        return null;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /** y += a x. */
    private static void axpy(double a, double[] x, double[] y) {
        for (int j = 0; j < y.length; j++) {
            y[j] += a * x[j];
        }
    }
}
