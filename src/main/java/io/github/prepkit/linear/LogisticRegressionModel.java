package io.github.prepkit.linear;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.FeatureWeights;
import io.github.prepkit.data.Schema;
import io.github.prepkit.data.TargetClasses;
import io.github.prepkit.internal.base.Summary;
import io.github.prepkit.internal.data.Checks;
import io.github.prepkit.internal.data.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A fitted {@link LogisticRegression}. With two classes it holds one coefficient vector, for the second class of
 * {@link #classes()}: P(second class) = 1 / (1 + e^-(x . w + b)). With more it holds one vector per class, in
 * {@link #classes()} order (scikit-learn's {@code coef_}): for the multinomial model (see {@link #multinomial()})
 * the probabilities are the softmax of the K linear predictors, P(k) = e^(eta_k) / sum_l e^(eta_l); for one-vs-rest
 * each class's score is the sigmoid of its linear predictor and the probabilities are the scores divided by their sum,
 * as scikit-learn's one-vs-rest {@code predict_proba}. Which of the two it is follows from the estimator's
 * {@code multiClass} and solver and the number of classes, so the model holds nothing more. Predicting costs
 * O(rows x features x vectors).
 */
public final class LogisticRegressionModel implements ClassifierModel, FeatureWeights {

    private static final String STEP = "LogisticRegressionModel";

    private final LogisticRegression estimator;
    private final Schema schema;
    private final TargetClasses classes;
    private final double[][] coefficients;
    private final double[] intercepts;
    private final int[] iterations;

    private LogisticRegressionModel(LogisticRegression estimator, Schema schema, TargetClasses classes,
            double[][] coefficients, double[] intercepts, int[] iterations) {
        this.estimator = estimator;
        this.schema = schema;
        this.classes = classes;
        this.coefficients = coefficients;
        this.intercepts = intercepts;
        this.iterations = iterations;
    }

    /**
     * The model {@code estimator} fits when it learns, for the {@code classes} of a target and features with
     * {@code schema} (every column a feature): one coefficient vector (a row of {@code coefficients}) and intercept
     * for two classes, one per class for more; one iteration count per binary model, or one for a multinomial
     * model (whether it is one follows from the estimator and the number of classes). The arrays are copied.
     *
     * @param estimator    the estimator the model was fitted with; the rest must agree with its parameters
     * @param schema       the feature columns seen at fit, every one numeric
     * @param classes      the target's name, type and classes, sorted
     * @param coefficients one row per vector (one for two classes, one per class for more), one coefficient per feature
     * @param intercepts   one per vector, 0 without {@code fitIntercept}
     * @param iterations   the solver's iterations: one per binary model, or one for a multinomial model
     * @throws IllegalArgumentException if the schema is empty or has a column that is not numeric, there are fewer
     *                                  than two classes, the arrays do not hold one entry per vector (and iteration
     *                                  count) and one coefficient per feature, a number is not finite, an intercept
     *                                  is not 0 where the estimator does not fit one, or an iteration count is
     *                                  outside 0 to maxIter
     */
    public static LogisticRegressionModel of(LogisticRegression estimator, Schema schema, TargetClasses classes,
            double[][] coefficients, double[] intercepts, int[] iterations) {
        Checks.notNull(estimator, STEP + ": estimator");
        int features = Checks.numericFeatures(schema, STEP).size();
        Checks.notNull(classes, STEP + ": classes");
        if (classes.count() < 2) {
            throw new IllegalArgumentException(STEP + ": needs at least two classes, found " + classes);
        }
        int models = classes.count() == 2 ? 1 : classes.count();
        boolean multinomial = estimator.multinomial(classes.count());
        Checks.finiteMatrix(coefficients, models, features, STEP + ": coefficients (one row per "
                + (multinomial && models > 1 ? "class" : "binary model") + ")");
        Checks.finite(intercepts, models, false, STEP + ": intercepts");
        Checks.length(iterations, multinomial ? 1 : models, STEP + ": iterations"
                + (multinomial ? " (one count for the multinomial model)" : ""));
        for (int k = 0; k < models; k++) {
            if (!estimator.fitIntercept() && intercepts[k] != 0) {
                throw new IllegalArgumentException(STEP + ": intercept " + k + " must be 0 where the estimator's"
                        + " fitIntercept is false, found " + intercepts[k]);
            }
        }
        for (int k = 0; k < iterations.length; k++) {
            if (iterations[k] < 0 || iterations[k] > estimator.maxIter()) {
                throw new IllegalArgumentException(STEP + ": iterations " + k + " must be from 0 to maxIter = "
                        + estimator.maxIter() + ", found " + iterations[k]);
            }
        }
        double[][] vectors = Arrays.stream(coefficients).map(double[]::clone).toArray(double[][]::new);
        return new LogisticRegressionModel(estimator, schema, classes, vectors, intercepts.clone(), iterations.clone());
    }

    /** The estimator this model was fitted with. */
    public LogisticRegression estimator() {
        return estimator;
    }

    /** The columns seen at fit, by name and type. */
    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public TargetClasses targetClasses() {
        return classes;
    }

    /** The feature columns seen at fit, in the order of the coefficients. */
    public List<String> features() {
        return schema.names();
    }

    /**
     * Whether the probabilities are the softmax of the linear predictors (scikit-learn's multinomial model), as the
     * estimator's {@code multiClass} resolves for this number of classes: {@code MULTINOMIAL}, or {@code AUTO} with
     * more than two classes and the Newton solver. False for one-vs-rest and for the binary model of two classes.
     */
    public boolean multinomial() {
        return estimator.multinomial(classes.count());
    }

    /**
     * The coefficients of a two-class model, one per feature: the log-odds of the second class rise by w_j per unit
     * of feature j (by 2 w_j for a {@link #multinomial()} two-class model, scikit-learn's softmax of (-eta, eta)).
     * A copy.
     *
     * @throws IllegalStateException for more than two classes, which have one vector per class: use
     *                               {@link #coefficientMatrix()}
     */
    public double[] coefficients() {
        return binary("coefficients").coefficients[0].clone();
    }

    /**
     * The intercept of a two-class model (0 when not fitted).
     *
     * @throws IllegalStateException for more than two classes: use {@link #intercepts()}
     */
    public double intercept() {
        return binary("intercept").intercepts[0];
    }

    /**
     * scikit-learn's {@code coef_}: one row for two classes, else one row per class in {@link #classes()} order,
     * each with one coefficient per feature. A copy.
     */
    public double[][] coefficientMatrix() {
        return Arrays.stream(coefficients).map(double[]::clone).toArray(double[][]::new);
    }

    /** {@link #coefficientMatrix()}, the rows {@link FeatureWeights} reads (scikit-learn's {@code coef_}). */
    @Override
    public double[][] featureWeightRows() {
        return coefficientMatrix();
    }

    /** scikit-learn's {@code intercept_}: one value for two classes, else one per class. A copy. */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /**
     * The iterations (Newton or L-BFGS steps, or descent epochs) each binary model, or the one multinomial model,
     * took (scikit-learn's {@code n_iter_}). A copy.
     */
    public int[] nIter() {
        return iterations.clone();
    }

    /**
     * The most probable class of every row, as a column of the target's type and name. With two classes the second
     * wins when x . w + b > 0 (a tie goes to the first); with more, the class with the largest linear predictor (ties
     * to the earlier class), as scikit-learn.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones or a value is missing
     */
    @Override
    public Column<?> predict(Table features) {
        double[][] scores = scores(features, "predict");
        int[] predicted = new int[scores[0].length];
        for (int i = 0; i < predicted.length; i++) {
            if (scores.length == 1) {
                predicted[i] = scores[0][i] > 0 ? 1 : 0;
            } else {
                for (int k = 1; k < scores.length; k++) {
                    if (scores[k][i] > scores[predicted[i]][i]) {
                        predicted[i] = k;
                    }
                }
            }
        }
        return classes.decode(predicted);
    }

    /**
     * The probability of every class for every row: one double column per class, named as {@link #classes()}: the
     * sigmoid of the linear predictor for two classes (of twice it for a multinomial two-class model), the softmax of
     * the linear predictors for a multinomial model, the normalised sigmoids for one-vs-rest.
     *
     * @throws IllegalArgumentException if the feature columns differ from the fitted ones or a value is missing
     */
    @Override
    public Table predictProba(Table features) {
        double[][] scores = scores(features, "predictProba");
        int rows = scores[0].length;
        double[][] probabilities = new double[classes.count()][rows];
        boolean multinomial = multinomial();
        for (int i = 0; i < rows; i++) {
            if (scores.length == 1) {
                double p = Logistic.sigmoid(multinomial ? 2 * scores[0][i] : scores[0][i]);
                probabilities[0][i] = 1 - p;
                probabilities[1][i] = p;
            } else if (multinomial) {
                softmax(scores, i, probabilities);
            } else {
                double sum = 0;
                for (int k = 0; k < scores.length; k++) {
                    probabilities[k][i] = Logistic.sigmoid(scores[k][i]);
                    sum += probabilities[k][i];
                }
                for (int k = 0; k < scores.length; k++) {
                    probabilities[k][i] /= sum;
                }
            }
        }
        Table table = Table.create("probabilities");
        for (int k = 0; k < probabilities.length; k++) {
            table.addColumns(DoubleColumn.create(classes().get(k), probabilities[k]));
        }
        return table;
    }

    /** Row i's softmax of the linear predictors into column i of probabilities, from the largest (no overflow). */
    private static void softmax(double[][] scores, int i, double[][] probabilities) {
        double largest = Double.NEGATIVE_INFINITY;
        for (double[] score : scores) {
            largest = Math.max(largest, score[i]);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            probabilities[k][i] = Math.exp(scores[k][i] - largest);
            sum += probabilities[k][i];
        }
        for (int k = 0; k < scores.length; k++) {
            probabilities[k][i] /= sum;
        }
    }

    /** The linear predictor x . w + b of every row, one array per coefficient vector. */
    private double[][] scores(Table features, String method) {
        String step = "LogisticRegressionModel." + method;
        schema.check(features, step);
        FeatureMatrix x = FeatureMatrix.of(features, schema.names(), step);
        double[][] scores = new double[coefficients.length][];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = RowMajor.times(x.values(), x.columns(), coefficients[k], intercepts[k]);
        }
        return scores;
    }

    /**
     * {@code LogisticRegressionModel on [features]: classes [...], coefficients [...], intercept b} for two classes
     * ("multinomial coefficients" for a multinomial two-class model); with more, the classes and the
     * "multinomial intercepts" or "one-vs-rest intercepts".
     */
    @Override
    public String toString() {
        String head = STEP + " on " + Summary.names(features()) + ": classes " + Summary.names(classes()) + ", ";
        String kind = multinomial() ? "multinomial " : "";
        if (coefficients.length > 1) {
            return head + (multinomial() ? kind : "one-vs-rest ") + "intercepts " + Summary.numbers(intercepts);
        }
        return head + kind + "coefficients " + Summary.numbers(coefficients[0]) + ", intercept "
                + Summary.number(intercepts[0]);
    }

    private LogisticRegressionModel binary(String what) {
        if (coefficients.length > 1) {
            throw new IllegalStateException("LogisticRegressionModel: " + what + "() is for two classes; this model has "
                    + classes.count() + " and one vector per class: use coefficientMatrix() and intercepts()");
        }
        return this;
    }
}
