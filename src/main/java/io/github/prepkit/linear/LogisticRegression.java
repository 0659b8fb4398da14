package io.github.prepkit.linear;

import io.github.prepkit.base.ClassWeight;
import io.github.prepkit.base.WeightedClassifier;
import io.github.prepkit.data.Schema;
import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.ClassLabels;
import io.github.prepkit.internal.data.ClassWeighting;
import io.github.prepkit.internal.data.FeatureColumns;
import io.github.prepkit.internal.data.SampleWeights;
import io.github.prepkit.internal.data.TrainingData;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Logistic regression, as scikit-learn's {@code LogisticRegression}: it minimises the log-loss summed over the rows
 * plus, with the L2 penalty, ||W||^2 / (2 C) (the intercepts are not penalised), which is scikit-learn's objective.
 * Two classes give one binary model for the second class (in {@link LogisticRegressionModel#classes()} order). More
 * classes are fitted, by default ({@link MultiClass#AUTO}, scikit-learn's {@code multi_class="auto"} with its lbfgs
 * solver), as one multinomial (softmax) model: one coefficient vector per class, P(class k) = e^(eta_k) / sum_l
 * e^(eta_l) with eta_k = x . w_k + b_k, all fitted together. {@link MultiClass#OVR} fits one binary model per class
 * instead (scikit-learn's {@code multi_class="ovr"}), on {@code nJobs} threads with the same result for any thread
 * count.
 * <p>
 * The {@code NEWTON} solver (default) is Newton's method. For a binary model it is iteratively reweighted least
 * squares: each iteration forms the Hessian X^T W X in one pass (rows x features^2 / 2 multiply-adds) and solves it
 * by Cholesky. For the multinomial model it forms the full Hessian of all K x (features + 1) parameters, K (K + 1) / 2
 * weighted Gram blocks (on {@code nJobs} threads), and solves it by Cholesky; when that Hessian would have more than
 * 1,000 rows (8 MB and a factorisation of some 3 x 10^8 operations per iteration) it runs L-BFGS instead (memory
 * 10, on the same objective and gradient, as scikit-learn's default solver, lbfgs). Both stop, as
 * scikit-learn's newton-cg, when every component of the gradient of the summed objective is within {@code tol},
 * usually after 5 to 10 Newton iterations, and Newton then polishes the coefficients with one more step on the last
 * Hessian (L-BFGS has no Hessian to polish with).
 * <p>
 * The softmax is over-parameterised: adding one vector to every class's coefficients changes no probability. The L2
 * penalty settles the coefficients (at the optimum they sum to 0 over the classes), but not the unpenalised
 * intercepts, nor anything without a penalty. There the solvers keep, as scikit-learn's answer does (its solvers
 * start at 0 and move along gradients, which sum to 0 over the classes), the optimum whose unpenalised parameters sum
 * to 0 over the classes: Newton steps are solved on that subspace (the Hessian's null directions, one vector per
 * unpenalised column, are filled in so that Cholesky applies) and the iterates are re-centred after every step.
 * <p>
 * The {@code GRADIENT_DESCENT} solver runs {@link GradientDescent} on the whole data with the constant step 1 / L
 * (L bounds the gradient's Lipschitz constant: a quarter of the mean squared row norm plus the penalty); it stops
 * when the mean loss improves by less than {@code tol} for 5 epochs in a row and needs far more iterations than
 * Newton. It fits binary and one-vs-rest models only: under {@code AUTO} it fits one-vs-rest for more than two
 * classes (as scikit-learn's "auto" with liblinear), and {@code MULTINOMIAL} with it is refused at construction.
 * Not converging within {@code maxIter} is logged as a warning, as scikit-learn's {@code ConvergenceWarning}.
 * <p>
 * Without a penalty, classes that a hyperplane separates perfectly have no maximum-likelihood fit (the
 * coefficients would grow without bound): fitting then throws an {@link IllegalStateException} that says so and
 * suggests {@code penalty(Penalty.L2)}, where scikit-learn would warn and return huge coefficients. The multinomial
 * model detects it when the linear predictors put every row's own class strictly first, or separate one class from
 * all the others ("'setosa' and the others").
 *
 * @param penalty      {@code L2} (default) or {@code NONE}
 * @param c            the inverse of the penalty's strength, as scikit-learn's C (default 1.0); ignored without one
 * @param fitIntercept whether to fit an intercept (default true)
 * @param solver       {@code NEWTON} (default) or {@code GRADIENT_DESCENT}
 * @param maxIter      the most Newton or L-BFGS iterations, or gradient-descent epochs (default 100)
 * @param tol          the stopping tolerance (default 1e-4)
 * @param multiClass   {@code AUTO} (default), {@code MULTINOMIAL} or {@code OVR}: see {@link MultiClass}
 * @param nJobs        threads for the one-vs-rest models or the multinomial Hessian's blocks (default 1; -1 for every
 *                     core)
 * @param classWeight  how much each class weighs (default NONE; scikit-learn's class_weight): each row's log-loss is
 *                     multiplied by its class's weight (and its sample weight), the penalty unchanged. For the
 *                     multinomial model and given weights the weights are those of the classes; BALANCED one-vs-rest
 *                     models of more than two classes balance each model's two sides (the class and the rest), as
 *                     scikit-learn does. Needs the NEWTON solver
 */
public record LogisticRegression(Penalty penalty, double c, boolean fitIntercept, Solver solver, int maxIter,
                                 double tol, MultiClass multiClass, int nJobs, ClassWeight classWeight)
        implements WeightedClassifier<LogisticRegressionModel> {

    /**
     * The most rows (classes x (features + 1)) of a multinomial Hessian that Newton's method forms and factors; a
     * larger problem is solved by L-BFGS. At 1,000 the Hessian takes 8 MB, its Cholesky factorisation some 3 x 10^8
     * multiply-adds and its K (K + 1) / 2 Gram blocks rows x 10^6 / (2 K) more, per iteration. Measured on random
     * data of 5 and 10 classes (2 shared cores): at 1,000 parameters Newton (5 to 7 iterations) took 1.4 s on 1,000
     * rows and 4 s on 5,000, L-BFGS to the same accuracy (tol 1e-8, 50 to 110 iterations) 0.5 s and 5 to 9 s; at
     * 2,000 Newton took 15 s, ten times as long (the factorisation grows as the cube of the size), L-BFGS 0.3 to 0.4 s at
     * tol 1e-4: an L-BFGS iteration grows only linearly with the size.
     */
    static final int LARGEST_NEWTON_HESSIAN = 1000;

    private static final String STEP = "LogisticRegression";
    private static final System.Logger LOG = System.getLogger(LogisticRegression.class.getName());

    /** The penalty on the coefficients. */
    public enum Penalty {
        /** No penalty: the maximum-likelihood fit (scikit-learn's {@code penalty=None}). */
        NONE,
        /** ||W||^2 / (2 C) added to the summed log-loss, the intercepts left out (scikit-learn's {@code "l2"}). */
        L2
    }

    /** How the objective is minimised. */
    public enum Solver {
        /** Newton's method with Cholesky steps (L-BFGS for a multinomial model too large for its Hessian). */
        NEWTON,
        /** Batch gradient descent on {@link GradientDescent}; binary and one-vs-rest models only. */
        GRADIENT_DESCENT
    }

    /** How more than two classes are modelled (scikit-learn's {@code multi_class}). */
    public enum MultiClass {
        /**
         * Multinomial for more than two classes with the Newton solver, one-vs-rest with gradient descent; binary for
         * two classes (scikit-learn's {@code "auto"}).
         */
        AUTO,
        /**
         * One softmax model over all classes. With two classes too, as scikit-learn: it then fits the softmax of
         * (-eta, eta) and keeps one coefficient vector, half the log-odds coefficients of a binary fit at 2 C.
         */
        MULTINOMIAL,
        /** One binary model per class against the rest, probabilities normalised to sum to 1 (scikit-learn's "ovr"). */
        OVR
    }

    /** Validates every parameter. */
    public LogisticRegression {
        Parameters.notNull(STEP, "penalty", penalty);
        Parameters.positive(STEP, "c", c);
        Parameters.notNull(STEP, "solver", solver);
        Parameters.notNull(STEP, "multiClass", multiClass);
        if (multiClass == MultiClass.MULTINOMIAL && solver == Solver.GRADIENT_DESCENT) {
            throw new IllegalArgumentException(STEP + ": multiClass MULTINOMIAL needs the NEWTON solver; the"
                    + " GRADIENT_DESCENT solver fits binary and one-vs-rest models only (multiClass OVR or AUTO)");
        }
        Parameters.positive(STEP, "maxIter", maxIter);
        Parameters.nonNegative(STEP, "tol", tol);
        try {
            Parallel.threads(nJobs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(STEP + ": " + e.getMessage(), e);
        }
        ClassWeighting.check(classWeight, false, STEP);
        if (solver == Solver.GRADIENT_DESCENT && classWeight.kind() != ClassWeight.Kind.NONE) {
            throw new IllegalArgumentException(STEP + ": classWeight " + classWeight + " needs the NEWTON solver; the"
                    + " GRADIENT_DESCENT solver fits unweighted rows only");
        }
    }

    /**
     * scikit-learn's defaults (L2 penalty, C 1.0, intercept, maxIter 100, tol 1e-4, multinomial for more than two
     * classes, no class weight) with the Newton solver.
     */
    public LogisticRegression() {
        this(Penalty.L2, 1.0, true, Solver.NEWTON, 100, 1e-4, MultiClass.AUTO, 1, ClassWeight.NONE);
    }

    /** A copy with another penalty. */
    public LogisticRegression penalty(Penalty penalty) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /** A copy with another inverse penalty strength: smaller is a stronger penalty. */
    public LogisticRegression c(double c) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /** A copy that does ({@code true}) or does not fit an intercept. */
    public LogisticRegression fitIntercept(boolean fitIntercept) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /**
     * A copy with another solver.
     *
     * @throws IllegalArgumentException for {@code GRADIENT_DESCENT} with {@code multiClass} {@code MULTINOMIAL}
     */
    public LogisticRegression solver(Solver solver) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /** A copy with another iteration limit. */
    public LogisticRegression maxIter(int maxIter) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /** A copy with another stopping tolerance. */
    public LogisticRegression tol(double tol) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /**
     * A copy that models more than two classes as {@code multiClass} says.
     *
     * @throws IllegalArgumentException for {@code MULTINOMIAL} with the {@code GRADIENT_DESCENT} solver
     */
    public LogisticRegression multiClass(MultiClass multiClass) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /**
     * A copy that fits the one-vs-rest models, or the blocks of the multinomial Hessian, on {@code nJobs} threads
     * (-1 for every core).
     */
    public LogisticRegression nJobs(int nJobs) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /**
     * A copy weighing each class as {@code classWeight} says (NONE, BALANCED or given weights).
     *
     * @throws IllegalArgumentException for a class weight other than NONE with the {@code GRADIENT_DESCENT} solver
     */
    public LogisticRegression classWeight(ClassWeight classWeight) {
        return new LogisticRegression(penalty, c, fitIntercept, solver, maxIter, tol, multiClass, nJobs, classWeight);
    }

    /**
     * Fits the model, weighing the classes as {@code classWeight} says; neither input is modified.
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
        return fitRows(features, target, null);
    }

    /**
     * Fits the model with each row's log-loss multiplied by its weight (and its class's weight), the penalty
     * unchanged: scikit-learn's objective with {@code sample_weight}. A row of weight 0 counts for nothing.
     *
     * @throws IllegalArgumentException as {@link #fit(Table, Column)}; if the weights are not one per row, finite and
     *                                  at least 0 with a positive sum, naming sampleWeight; with the GRADIENT_DESCENT
     *                                  solver; or, with an intercept, if a class (or one side of a binary model) has
     *                                  a total weight of 0, where the intercept would be infinite
     * @throws IllegalStateException    as {@link #fit(Table, Column)}
     */
    @Override
    public LogisticRegressionModel fit(Table features, Column<?> target, double[] sampleWeight) {
        SampleWeights.required(sampleWeight, target, STEP);
        if (solver == Solver.GRADIENT_DESCENT) {
            throw new IllegalArgumentException(STEP + ": sampleWeight needs the NEWTON solver; the GRADIENT_DESCENT"
                    + " solver fits unweighted rows only");
        }
        return fitRows(features, target, sampleWeight);
    }

    private LogisticRegressionModel fitRows(Table features, Column<?> target, double[] sampleWeight) {
        TrainingData.requireFitShape(features, target, STEP);
        FeatureColumns columns = FeatureColumns.of(features, STEP);
        double[][] x = columns.arrays();
        Checks.finiteSquares(x, columns.ranges(), features.columnNames(), STEP, "feature column");
        ClassLabels labels = ClassLabels.of(target, STEP);
        if (labels.count() < 2) {
            throw new IllegalArgumentException(STEP + ": target column '" + target.name() + "' has a single class ('"
                    + labels.names().get(0) + "'); a classifier needs at least two");
        }
        int[] codes = labels.codes();
        double[] sample = sampleWeight == null ? null : SampleWeights.checked(sampleWeight, codes.length, STEP);
        double[] weights = ClassWeighting.rows(classWeight, codes, labels.names(), sample, STEP);
        if (multinomial(labels.count())) {
            return labels.count() == 2 ? twoClassSoftmax(features, x, labels, weights)
                    : softmax(features, x, labels, weights);
        }
        int models = labels.count() == 2 ? 1 : labels.count();
        boolean balancedSides = models > 1 && classWeight.kind() == ClassWeight.Kind.BALANCED;
        double[][] design = solver == Solver.NEWTON ? newtonColumns(x) : null;
        double[] rows = solver == Solver.NEWTON ? null : RowMajor.of(x, false);
        BinaryFit[] fits = new BinaryFit[models];
        Parallel.forEach(models, nJobs, k -> {
            int positive = models == 1 ? 1 : k;
            String classes = describe(labels.names(), positive, models == 1);
            double[] y = indicator(codes, positive);
            // scikit-learn balances each one-vs-rest model on its own two sides, the class and the rest
            double[] rowWeights = balancedSides ? ClassWeighting.rows(classWeight, sides(y),
                    List.of("rest", "class"), sample, STEP) : weights;
            fits[k] = solver == Solver.NEWTON
                    ? newton(design, x.length, y, rowWeights, lambda(y.length), tol, classes)
                    : gradientDescent(rows, x.length, y, classes);
            warnUnlessConverged(fits[k].converged, "for the classes " + classes);
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

    /**
     * Whether a fit on {@code classes} classes is one softmax model (scikit-learn's resolved {@code multi_class} is
     * "multinomial"), rather than a binary model or one-vs-rest models.
     */
    boolean multinomial(int classes) {
        return multiClass == MultiClass.MULTINOMIAL
                || multiClass == MultiClass.AUTO && classes > 2 && solver == Solver.NEWTON;
    }

    private record BinaryFit(double[] coefficients, double intercept, int iterations, boolean converged) {
    }

    /** The strength lambda of the penalty (lambda / 2) ||w||^2 on the mean loss: 1 / (C n), 0 without a penalty. */
    private double lambda(int rows) {
        return penalty == Penalty.L2 ? 1 / (c * rows) : 0;
    }

    private BinaryFit newton(double[][] design, int features, double[] y, double[] weights, double lambda, double tol,
            String classes) {
        int columns = fitIntercept ? features + 1 : features;
        double[] start = new double[columns];
        if (fitIntercept) {
            double positives = 0;
            double total = 0;
            for (int i = 0; i < y.length; i++) {
                double w = weights == null ? 1 : weights[i];
                positives += w * y[i];
                total += w;
            }
            if (!(positives > 0 && total - positives > 0)) {
                throw zeroWeight(classes);
            }
            start[features] = Math.log(positives / (total - positives)); // the best intercept-only model
        }
        NewtonLogistic problem = new NewtonLogistic(design, y, features, lambda, classes, weights);
        NewtonLogistic.Fit fit = problem.fit(start, maxIter, tol);
        double[] theta = fit.theta();
        return new BinaryFit(Arrays.copyOf(theta, features), fitIntercept ? theta[features] : 0,
                fit.iterations(), fit.converged());
    }

    /**
     * The two-class softmax, as scikit-learn's {@code multi_class="multinomial"}: P(second class) is the softmax of
     * (-eta, eta), the sigmoid of 2 eta, with both classes' vectors penalised; its optimum is symmetric, so it is the
     * binary fit v at 2 C halved (the penalty ||v / 2||^2 x 2 / (2 C) = ||v||^2 / (2 (2 C))). The binary gradient is
     * half the softmax's, hence tol / 2.
     */
    private LogisticRegressionModel twoClassSoftmax(Table features, double[][] x, ClassLabels labels,
            double[] weights) {
        String classes = describe(labels.names(), 1, true);
        double[] y = indicator(labels.codes(), 1);
        BinaryFit fit = newton(newtonColumns(x), x.length, y, weights, lambda(y.length) / 2, tol / 2, classes);
        warnUnlessConverged(fit.converged, "for the classes " + classes);
        double[] half = fit.coefficients.clone();
        for (int j = 0; j < half.length; j++) {
            half[j] /= 2;
        }
        return LogisticRegressionModel.of(this, Schema.of(features), labels.classes(), new double[][] {half},
                new double[] {fit.intercept / 2}, new int[] {fit.iterations});
    }

    /** The multinomial model of more than two classes, by Newton's method or, for a large Hessian, L-BFGS. */
    private LogisticRegressionModel softmax(Table features, double[][] x, ClassLabels labels, double[] weights) {
        int p = x.length;
        int columns = fitIntercept ? p + 1 : p;
        int classes = labels.count();
        int[] codes = labels.codes();
        SoftmaxLoss loss = new SoftmaxLoss(RowMajor.of(x, fitIntercept), columns, codes, classes, p,
                penalty == Penalty.L2 ? 1 / c : 0, labels.names(), nJobs, weights);
        double[] start = new double[classes * columns];
        if (fitIntercept) {
            double[] counts = new double[classes];
            for (int i = 0; i < codes.length; i++) {
                counts[codes[i]] += weights == null ? 1 : weights[i];
            }
            for (int k = 0; k < classes; k++) {
                if (!(counts[k] > 0)) {
                    throw zeroWeight("'" + labels.names().get(k) + "' and the others");
                }
                start[k * columns + p] = Math.log(counts[k]); // the best intercept-only model, centred below
            }
            loss.centre(start);
        }
        SoftmaxLoss.Fit fit = classes * columns <= LARGEST_NEWTON_HESSIAN ? new NewtonSoftmax(loss).fit(start, maxIter, tol)
                : Lbfgs.fit(loss, start, maxIter, tol);
        warnUnlessConverged(fit.converged(), "for the multinomial model");
        double[][] coefficients = new double[classes][];
        double[] intercepts = new double[classes];
        for (int k = 0; k < classes; k++) {
            coefficients[k] = Arrays.copyOfRange(fit.theta(), k * columns, k * columns + p);
            intercepts[k] = fitIntercept ? fit.theta()[k * columns + p] : 0;
        }
        return LogisticRegressionModel.of(this, Schema.of(features), labels.classes(), coefficients, intercepts,
                new int[] {fit.iterations()});
    }

    private void warnUnlessConverged(boolean converged, String what) {
        if (!converged) {
            LOG.log(System.Logger.Level.WARNING, STEP + ": the " + solver + " solver did not converge in " + maxIter
                    + " iterations " + what + "; increase maxIter (or scale the features)");
        }
    }

    private static IllegalArgumentException zeroWeight(String classes) {
        return new IllegalArgumentException(STEP + ": for the classes " + classes + ", one side has a total weight of 0"
                + " (sampleWeight times classWeight), so the best intercept is infinite; give its rows a positive"
                + " weight, drop them, or fitIntercept(false)");
    }

    /** The codes of a one-vs-rest problem's two sides: 1 for the class, 0 for the rest. */
    private static int[] sides(double[] y) {
        int[] sides = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            sides[i] = (int) y[i];
        }
        return sides;
    }

    private static double[] indicator(int[] codes, int positive) {
        double[] y = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            y[i] = codes[i] == positive ? 1 : 0;
        }
        return y;
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
        GradientDescent.Result result;
        try {
            result = descent.minimize(x, features, y, Loss.LOG, alpha, fitIntercept);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(STEP + ": " + e.getMessage(), e);
        }
        if (alpha == 0 && Logistic.separates(RowMajor.times(x, features, result.coefficients(), result.intercept()), y)) {
            throw Logistic.separable(classes);
        }
        return new BinaryFit(result.coefficients(), result.intercept(), result.epochs(), result.converged());
    }

    /** The columns of X, with a column of ones appended when the intercept is fitted: the Newton solver's design. */
    private double[][] newtonColumns(double[][] x) {
        if (!fitIntercept) {
            return x;
        }
        double[][] design = Arrays.copyOf(x, x.length + 1);
        design[x.length] = new double[x[0].length];
        Arrays.fill(design[x.length], 1);
        return design;
    }

    private static String describe(List<String> classes, int positive, boolean binary) {
        return binary ? "'" + classes.get(0) + "' and '" + classes.get(1) + "'"
                : "'" + classes.get(positive) + "' and the others";
    }
}
