package io.github.prepkit.linear;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Parallel;
import io.github.prepkit.data.Checks;
import io.github.prepkit.data.ClassLabels;
import io.github.prepkit.data.FeatureMatrix;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TrainingData;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Logistic regression, as scikit-learn's {@code LogisticRegression}: it minimises the mean log-loss plus, with the L2
 * penalty, ||w||^2 / (2 C n) (the intercept is not penalised), which is scikit-learn's objective. Two classes give
 * one binary model for the second class (in {@link LogisticRegressionModel#classes()} order); more classes are
 * fitted one-vs-rest, one binary model per class (scikit-learn's {@code multi_class="ovr"}), on {@code nJobs}
 * threads with the same result for any thread count.
 * <p>
 * The {@code NEWTON} solver (default) is Newton's method, iteratively reweighted least squares: each iteration
 * forms the Hessian X^T W X in one pass (rows x features^2 / 2 multiply-adds) and solves it by Cholesky; it stops,
 * as scikit-learn's newton-cg, when every component of the gradient of scikit-learn's objective (the log-loss
 * summed over the rows plus ||w||^2 / (2 C)) is within {@code tol}, usually after 5 to 10 iterations, and then
 * polishes the coefficients with one more step on the last Hessian. The
 * {@code GRADIENT_DESCENT} solver runs {@link GradientDescent} on the whole data with the constant step 1 / L
 * (L bounds the gradient's Lipschitz constant: a quarter of the mean squared row norm plus the penalty); it stops
 * when the mean loss improves by less than {@code tol} for 5 epochs in a row and needs far more iterations than
 * Newton.
 * Not converging within {@code maxIter} is logged as a warning, as scikit-learn's {@code ConvergenceWarning}.
 * <p>
 * Without a penalty, classes that a hyperplane separates perfectly have no maximum-likelihood fit (the
 * coefficients would grow without bound): fitting then throws an {@link IllegalStateException} that says so and
 * suggests {@code penalty(Penalty.L2)}, where scikit-learn would warn and return huge coefficients.
 *
 * @param penalty      {@code L2} (default) or {@code NONE}
 * @param c            the inverse of the penalty's strength, as scikit-learn's C (default 1.0); ignored without one
 * @param fitIntercept whether to fit an intercept (default true)
 * @param solver       {@code NEWTON} (default) or {@code GRADIENT_DESCENT}
 * @param maxIter      the most Newton iterations, or gradient-descent epochs (default 100)
 * @param tol          the stopping tolerance (default 1e-4)
 * @param nJobs        threads for the one-vs-rest models (default 1; -1 for every core)
 */
public record LogisticRegression(Penalty penalty, double c, boolean fitIntercept, Solver solver, int maxIter,
                                 double tol, int nJobs) implements Classifier<LogisticRegressionModel> {

    private static final String STEP = "LogisticRegression";
    private static final System.Logger LOG = System.getLogger(LogisticRegression.class.getName());

    /** The penalty on the coefficients. */
    public enum Penalty {
        /** No penalty: the maximum-likelihood fit (scikit-learn's {@code penalty=None}). */
        NONE,
        /** ||w||^2 / (2 C n) added to the mean log-loss, the intercept left out (scikit-learn's {@code "l2"}). */
        L2
    }

    /** How the objective is minimised. */
    public enum Solver {
        /** Newton's method (iteratively reweighted least squares) with Cholesky steps. */
        NEWTON,
        /** Batch gradient descent on {@link GradientDescent}. */
        GRADIENT_DESCENT
    }

    /** Validates every parameter. */
    public LogisticRegression {
        Parameters.notNull(STEP, "penalty", penalty);
        Parameters.positive(STEP, "c", c);
        Parameters.notNull(STEP, "solver", solver);
        Parameters.positive(STEP, "maxIter", maxIter);
        Parameters.nonNegative(STEP, "tol", tol);
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": " + e.getMessage(), e);
        }
    }

    /** scikit-learn's defaults (L2 penalty, C 1.0, intercept, maxIter 100, tol 1e-4) with the Newton solver. */
    public LogisticRegression() {
        this(Penalty.L2, 1.0, true, Solver.NEWTON, 100, 1e-4, 1);
    }

    /** A copy with another penalty. */
    public LogisticRegression penalty(Penalty penalty) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy with another inverse penalty strength: smaller is a stronger penalty. */
    public LogisticRegression c(double c) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy that does ({@code true}) or does not fit an intercept. */
    public LogisticRegression fitIntercept(boolean fitIntercept) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy with another solver. */
    public LogisticRegression solver(Solver solver) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy with another iteration limit. */
    public LogisticRegression maxIter(int maxIter) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy with another stopping tolerance. */
    public LogisticRegression tol(double tol) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /** A copy that fits the one-vs-rest models on {@code nJobs} threads (-1 for every core). */
    public LogisticRegression nJobs(int nJobs) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, nJobs);
    }

    /**
     * Fits the model; neither input is modified.
     *
     * @throws IllegalArgumentException if there are no rows or no feature column, a feature is not numeric or has a
     *                                  missing value, or the target has a missing value, another size or a single
     *                                  class, naming the column; or a feature's sum of squares exceeds the double
     *                                  range (its Hessian would overflow, and scaling it would change what C means),
     *                                  naming it
     * @throws IllegalStateException    without a penalty, if classes are linearly separable or the Hessian singular
     */
    @Override
    public LogisticRegressionModel fit(Table features, Column<?> target) {
        FeatureMatrix x = TrainingData.fitFeatures(features, target, STEP);
        Checks.finiteSquares(x.values(), x.names(), STEP, "feature column");
        ClassLabels labels = ClassLabels.of(target, STEP);
        if (labels.count() < 2) {
            throw new IllegalArgumentException(STEP + ": target column '" + target.name() + "' has a single class ('"
                    + labels.names().get(0) + "'); a classifier needs at least two");
        }
        int[] codes = labels.codes();
        int models = labels.count() == 2 ? 1 : labels.count();
        double[] design = solver == Solver.NEWTON ? design(x) : x.values();
        BinaryFit[] fits = new BinaryFit[models];
        Parallel.forEach(models, nJobs, k -> {
            int positive = models == 1 ? 1 : k;
            double[] y = new double[codes.length];
            for (int i = 0; i < codes.length; i++) {
                y[i] = codes[i] == positive ? 1 : 0;
            }
            String classes = describe(labels.names(), positive, models == 1);
            fits[k] = solver == Solver.NEWTON ? newton(design, x.columns(), y, classes)
                    : gradientDescent(design, x.columns(), y, classes);
            if (!fits[k].converged) {
                LOG.log(System.Logger.Level.WARNING, STEP + ": the " + solver + " solver did not converge in " + maxIter
                        + " iterations for the classes " + classes + "; increase maxIter (or scale the features)");
            }
        });
        double[][] coefficients = new double[models][];
        double[] intercepts = new double[models];
        int[] iterations = new int[models];
        for (int k = 0; k < models; k++) {
            coefficients[k] = fits[k].coefficients;
            intercepts[k] = fits[k].intercept;
            iterations[k] = fits[k].iterations;
        }
        return LogisticRegressionModel.of(this, Schema.of(features), labels.classes(), coefficients, intercepts,
                iterations);
    }

    private record BinaryFit(double[] coefficients, double intercept, int iterations, boolean converged) {
    }

    /** The strength lambda of the penalty (lambda / 2) ||w||^2 on the mean loss: 1 / (C n), 0 without a penalty. */
    private double lambda(int rows) {
        return penalty == Penalty.L2 ? 1 / (c * rows) : 0;
    }

    private BinaryFit newton(double[] design, int features, double[] y, String classes) {
        int columns = fitIntercept ? features + 1 : features;
        double[] start = new double[columns];
        if (fitIntercept) {
            double positives = 0;
            for (double v : y) {
                positives += v;
            }
            start[features] = Math.log(positives / (y.length - positives)); // the best intercept-only model
        }
        NewtonLogistic problem = new NewtonLogistic(design, columns, y, features, lambda(y.length), classes);
        NewtonLogistic.Fit fit = problem.fit(start, maxIter, tol);
        double[] theta = fit.theta();
        return new BinaryFit(Arrays.copyOf(theta, features), fitIntercept ? theta[features] : 0,
                fit.iterations(), fit.converged());
    }

    private BinaryFit gradientDescent(double[] x, int features, double[] y, String classes) {
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        double alpha = lambda(y.length);
        double lipschitz = (squares / y.length + (fitIntercept ? 1 : 0)) / 4 + alpha;
        GradientDescent descent = new GradientDescent().learningRate(LearningRate.constant(1 / lipschitz))
                .maxEpochs(maxIter).tol(tol);
        GradientDescent.Result result = descent.minimize(x, features, y, Loss.LOG, alpha, fitIntercept);
        if (alpha == 0 && Logistic.separates(RowMajor.times(x, features, result.coefficients(), result.intercept()), y)) {
            throw Logistic.separable(classes);
        }
        return new BinaryFit(result.coefficients(), result.intercept(), result.epochs(), result.converged());
    }

    /** X with a column of ones appended when the intercept is fitted, the Newton solver's design matrix. */
    private double[] design(FeatureMatrix x) {
        if (!fitIntercept) {
            return x.values();
        }
        int p = x.columns();
        double[] values = x.values();
        double[] design = new double[x.rows() * (p + 1)];
        for (int i = 0; i < x.rows(); i++) {
            System.arraycopy(values, i * p, design, i * (p + 1), p);
            design[i * (p + 1) + p] = 1;
        }
        return design;
    }

    private static String describe(List<String> classes, int positive, boolean binary) {
        return binary ? "'" + classes.get(0) + "' and '" + classes.get(1) + "'"
                : "'" + classes.get(positive) + "' and the others";
    }
}
