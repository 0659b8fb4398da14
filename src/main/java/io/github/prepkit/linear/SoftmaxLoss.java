package io.github.prepkit.linear;

import io.github.prepkit.internal.base.Parallel;
import java.util.List;

/**
 * The multinomial (softmax) logistic regression objective scikit-learn minimises: the log-loss summed over the rows,
 * -sum_i log softmax(eta_i)[y_i] with eta_ik = x_i . theta_k, plus ||W||^2 / (2 C) over the penalised columns (all
 * but the intercept's; none without a penalty), with its gradient and Hessian, for {@link NewtonSoftmax} and
 * {@link Lbfgs}.
 * <p>
 * The parameters are one vector per class, {@code theta[k * columns + j]}: class k's coefficient of design column j
 * (the last one the intercept's when it is fitted). Adding one value to an unpenalised column's parameter of every
 * class changes no probability, so the objective is flat along those directions, one per unpenalised column; the
 * solvers keep the parameters where each unpenalised column sums to 0 over the classes (see {@link #centre}),
 * scikit-learn's answer among the equivalent optima.
 * <p>
 * With row weights each row's loss (and so its gradient and Hessian terms) counts times its weight, as scikit-learn's
 * {@code sample_weight}; a row of weight 0 counts for nothing, also in the separation test.
 */
final class SoftmaxLoss {

    /** A Hessian pivot below this fraction of its largest diagonal entry counts as singular. */
    private static final double SINGULAR = 1e-14;

    private final double[] x;
    private final int columns;
    private final int[] codes;
    private final int classes;
    private final int penalised;
    private final double inverseC;
    private final List<String> names;
    private final int nJobs;
    private final double[] weights;

    /**
     * A multinomial problem.
     *
     * @param x         the row-major design, {@code columns} wide; with an intercept its last column holds ones
     * @param codes     each row's class, from 0 to {@code classes - 1}
     * @param penalised how many leading columns the penalty applies to (all but the intercept's)
     * @param inverseC  1 / C, the penalty's strength on the summed loss; 0 for none
     * @param names     the class names, for the messages
     * @param nJobs     threads for the Hessian's blocks
     * @param weights   each row's weight, finite and at least 0; null for every row 1
     */
    SoftmaxLoss(double[] x, int columns, int[] codes, int classes, int penalised, double inverseC, List<String> names,
            int nJobs, double[] weights) {
        this.x = x;
        this.columns = columns;
        this.codes = codes;
        this.classes = classes;
        this.penalised = penalised;
        this.inverseC = inverseC;
        this.names = names;
        this.nJobs = nJobs;
        this.weights = weights;
    }

    /** The solvers' result: the parameters, the iterations taken, and whether the gradient came within tol. */
    record Fit(double[] theta, int iterations, boolean converged) {
    }

    /**
     * The objective at {@code theta}, with the linear predictors and the probabilities (both rows x classes,
     * row-major) that the Hessian and the separation test need.
     */
    record Point(double[] theta, double[] eta, double[] probabilities, double objective, double[] gradient) {
    }

    /** The number of parameters, classes x columns. */
    int size() {
        return classes * columns;
    }

    int rows() {
        return codes.length;
    }

    /** One pass over the rows: linear predictors, probabilities, objective and gradient at {@code theta}. */
    Point evaluate(double[] theta) {
        int rows = codes.length;
        double[] eta = new double[rows * classes];
        double[] probabilities = new double[rows * classes];
        double[] gradient = new double[size()];
        double loss = 0;
        double[] residual = new double[classes];
        for (int i = 0, offset = 0; i < rows; i++, offset += columns) {
            int at = i * classes;
            double largest = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                double sum = 0;
                for (int j = 0, t = k * columns; j < columns; j++, t++) {
                    sum += x[offset + j] * theta[t];
                }
                eta[at + k] = sum;
                largest = Math.max(largest, sum);
            }
            double total = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(eta[at + k] - largest);
                probabilities[at + k] = e;
                total += e;
            }
            // log-sum-exp minus the own class's predictor, computed from the largest so that nothing overflows
            double w = weight(i);
            loss += w * (largest + Math.log(total) - eta[at + codes[i]]);
            for (int k = 0; k < classes; k++) {
                probabilities[at + k] /= total;
                residual[k] = w * (probabilities[at + k] - (codes[i] == k ? 1 : 0));
            }
            for (int k = 0; k < classes; k++) {
                double r = residual[k];
                for (int j = 0, t = k * columns; j < columns; j++, t++) {
                    gradient[t] += r * x[offset + j];
                }
            }
        }
        double penalty = 0;
        if (inverseC > 0) {
            for (int k = 0; k < classes; k++) {
                for (int j = 0, t = k * columns; j < penalised; j++, t++) {
                    gradient[t] += inverseC * theta[t];
                    penalty += theta[t] * theta[t];
                }
            }
        }
        return new Point(theta, eta, probabilities, loss + inverseC / 2 * penalty, gradient);
    }

    /**
     * The Hessian at {@code point}, size() x size() row-major, with the flat directions filled in: block (k, l) is
     * X^T diag(p_k (delta_kl - p_l)) X (one weighted Gram pass over the rows for each of the K (K + 1) / 2 blocks,
     * on {@code nJobs} threads), plus 1 / C on the penalised diagonal. Each unpenalised column j's direction u_j
     * (1 / sqrt(K) at column j of every class) is a null vector of that matrix and orthogonal to every gradient;
     * adding s u_j u_j^T (s the largest diagonal entry) makes it positive definite without changing the solution of
     * H d = g for such a g, which is the Newton step within the subspace of parameters summing to 0 over the
     * classes.
     */
    double[] hessian(Point point) {
        int size = size();
        double[] hessian = new double[size * size];
        int blocks = classes * (classes + 1) / 2;
        int[] first = new int[blocks];
        int[] second = new int[blocks];
        for (int k = 0, b = 0; k < classes; k++) {
            for (int l = k; l < classes; l++, b++) {
                first[b] = k;
                second[b] = l;
            }
        }
        int rows = codes.length;
        double[] p = point.probabilities;
        Parallel.forEach(blocks, nJobs, b -> {
            int k = first[b];
            int l = second[b];
            double[] curvature = new double[rows];
            for (int i = 0; i < rows; i++) {
                curvature[i] = weight(i) * (p[i * classes + k] * ((k == l ? 1 : 0) - p[i * classes + l]));
            }
            double[] gram = RowMajor.gram(x, columns, curvature);
            for (int a = 0; a < columns; a++) {
                for (int c = 0; c < columns; c++) {
                    double value = gram[a * columns + c];
                    hessian[(k * columns + a) * size + l * columns + c] = value;
                    hessian[(l * columns + c) * size + k * columns + a] = value;
                }
            }
        });
        double largest = 0;
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < columns; j++) {
                int t = k * columns + j;
                if (j < penalised) {
                    hessian[t * size + t] += inverseC;
                }
                largest = Math.max(largest, hessian[t * size + t]);
            }
        }
        double fill = largest / classes;
        for (int j = flatFrom(); j < columns; j++) {
            for (int k = 0; k < classes; k++) {
                for (int l = 0; l < classes; l++) {
                    hessian[(k * columns + j) * size + l * columns + j] += fill;
                }
            }
        }
        return hessian;
    }

    /** The Cholesky factor of {@link #hessian}, or the error naming the classes if it is singular. */
    Cholesky factor(Point point) {
        return Cholesky.of(hessian(point), size(), SINGULAR).orElseThrow(() -> new IllegalStateException(
                "LogisticRegression: the multinomial Hessian is singular for the classes " + all() + ": they are"
                        + " (nearly) separable or some features are collinear (a constant or duplicated column); use"
                        + " penalty(Penalty.L2) or drop the redundant features"));
    }

    /** The first column the objective is flat along: the intercept's with the penalty, every column without one. */
    private int flatFrom() {
        return inverseC > 0 ? penalised : 0;
    }

    /**
     * Subtracts from each unpenalised column's parameters their mean over the classes, in place: the probabilities
     * and the objective stay (up to rounding) the same, and the parameters are those scikit-learn's solvers keep.
     */
    void centre(double[] theta) {
        for (int j = flatFrom(); j < columns; j++) {
            double mean = 0;
            for (int k = 0; k < classes; k++) {
                mean += theta[k * columns + j];
            }
            mean /= classes;
            for (int k = 0; k < classes; k++) {
                theta[k * columns + j] -= mean;
            }
        }
    }

    /**
     * Without a penalty, throws if the linear predictors at {@code point} show that no maximum-likelihood estimate
     * exists: every row's own class strictly first (all classes separable), or one class k strictly separated from
     * the others by the linear function eta_k - mean of the other classes' eta (then moving class k's vector along
     * it improves every row's likelihood forever).
     */
    void checkSeparable(Point point) {
        if (inverseC > 0) {
            return;
        }
        int rows = codes.length;
        double[] eta = point.eta;
        boolean all = true;
        for (int i = 0; i < rows && all; i++) {
            if (weight(i) == 0) {
                continue;
            }
            int at = i * classes;
            for (int l = 0; l < classes; l++) {
                if (l != codes[i] && !(eta[at + codes[i]] > eta[at + l])) {
                    all = false;
                    break;
                }
            }
        }
        if (all) {
            throw Logistic.separable(all());
        }
        for (int k = 0; k < classes; k++) {
            boolean separates = true;
            for (int i = 0; i < rows && separates; i++) {
                if (weight(i) == 0) {
                    continue;
                }
                int at = i * classes;
                double others = 0;
                for (int l = 0; l < classes; l++) {
                    others += l == k ? 0 : eta[at + l];
                }
                double margin = eta[at + k] - others / (classes - 1);
                separates = codes[i] == k ? margin > 0 : margin < 0;
            }
            if (separates) {
                throw Logistic.separable("'" + names.get(k) + "' and the others");
            }
        }
    }

    private double weight(int row) {
        return weights == null ? 1 : weights[row];
    }

    private String all() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < names.size(); k++) {
            text.append(k == 0 ? "" : k == names.size() - 1 ? " and " : ", ").append('\'').append(names.get(k)).append('\'');
        }
        return text.toString();
    }
}
