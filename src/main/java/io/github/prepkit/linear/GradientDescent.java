package io.github.prepkit.linear;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A gradient-descent minimiser for linear models: it finds the coefficients w and intercept b minimising
 * mean over rows of loss(y_i, x_i . w + b) + (alpha / 2) ||w||^2 (the intercept is not penalised), for any
 * {@link Loss}. {@link SGDRegressor} and {@link LogisticRegression}'s {@code GRADIENT_DESCENT} solver run on it.
 * <p>
 * Each epoch visits every row once, in batches of {@code batchSize} rows (0, the default, means every row: batch
 * gradient descent; 1 is stochastic gradient descent, as scikit-learn's SGD estimators; anything between is
 * mini-batch). With batches smaller than the data the rows are shuffled before every epoch with a generator seeded
 * by {@code seed}, so the same seed gives the same result. Each batch moves w and b against the batch's mean
 * gradient by the {@link LearningRate}'s step, as scikit-learn's SGD does for one row:
 * {@code w -= rate * (alpha * w + mean(loss' * x))} and {@code b -= rate * mean(loss')}. An epoch costs
 * O(rows x features).
 * <p>
 * The epoch's loss, recorded in {@link Result#lossHistory()}, is the mean over the epoch's rows of each row's loss
 * just before the update that used it (scikit-learn's running loss) plus the penalty at the start of the epoch; for
 * batch descent it is exactly the objective at the start of the epoch. It stops, as scikit-learn's SGD, when the
 * epoch's loss has failed to fall below the best so far minus {@code tol} for {@code nIterNoChange} epochs in a
 * row, or after {@code maxEpochs} epochs. A descent whose last epoch's loss is more than twice its first's has
 * diverged and throws.
 *
 * @param batchSize     rows per update; 0 for every row (default)
 * @param learningRate  the step size schedule (default constant 0.01)
 * @param maxEpochs     the most passes over the data (default 1000)
 * @param tol           the least improvement of the epoch loss that counts (default 1e-3, as scikit-learn's SGD)
 * @param nIterNoChange how many epochs in a row without improvement stop the descent (default 5)
 * @param seed          seeds the shuffling of the rows
 */
public record GradientDescent(int batchSize, LearningRate learningRate, int maxEpochs, double tol, int nIterNoChange,
                              long seed) {

    private static final String STEP = "GradientDescent";

    /** Validates every parameter. */
    public GradientDescent {
        if (batchSize < 0) {
            throw new IllegalArgumentException(STEP + ": batchSize must be a positive number of rows, or 0 for every"
                    + " row, found " + batchSize);
        }
        Parameters.notNull(STEP, "learningRate", learningRate);
        Parameters.positive(STEP, "maxEpochs", maxEpochs);
        Parameters.nonNegative(STEP, "tol", tol);
        Parameters.positive(STEP, "nIterNoChange", nIterNoChange);
    }

    /** Batch gradient descent with a constant rate of 0.01, at most 1000 epochs, tol 1e-3, 5 epochs without change. */
    public GradientDescent() {
        this(0, LearningRate.constant(0.01), 1000, 1e-3, 5, 0);
    }

    /** A copy that updates after every {@code batchSize} rows: 1 for stochastic, 0 for batch gradient descent. */
    public GradientDescent batchSize(int batchSize) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /** A copy with another step size schedule. */
    public GradientDescent learningRate(LearningRate learningRate) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /** A copy that makes at most {@code maxEpochs} passes over the data. */
    public GradientDescent maxEpochs(int maxEpochs) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /** A copy with another least improvement that counts. */
    public GradientDescent tol(double tol) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /** A copy that stops after {@code nIterNoChange} epochs in a row without improvement. */
    public GradientDescent nIterNoChange(int nIterNoChange) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /** A copy that shuffles the rows with another seed. */
    public GradientDescent seed(long seed) {
        return new GradientDescent(batchSize, learningRate, maxEpochs, tol, nIterNoChange, seed);
    }

    /**
     * What a descent found.
     *
     * @param coefficients w, one per feature
     * @param intercept    b (0 when not fitted)
     * @param lossHistory  the loss of every epoch run, in order
     * @param converged    whether it stopped for lack of improvement rather than at {@code maxEpochs}
     */
    public record Result(double[] coefficients, double intercept, double[] lossHistory, boolean converged) {

        /** Copies the arrays. */
        public Result {
            coefficients = coefficients.clone();
            lossHistory = lossHistory.clone();
        }

        /** w, one per feature; a copy. */
        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        /** The loss of every epoch run, in order; a copy. */
        @Override
        public double[] lossHistory() {
            return lossHistory.clone();
        }

        /** The number of epochs run. */
        public int epochs() {
            return lossHistory.length;
        }
    }

    /**
     * Minimises the mean {@code loss} of the linear model on row-major {@code x} ({@code columns} wide, one row per
     * value of {@code y}) plus (alpha / 2) ||w||^2, starting from w = 0, b = 0. Neither array is modified.
     *
     * @param fitIntercept whether to fit b; without it b stays 0
     * @param x       the features, row-major
     * @param columns the number of features
     * @param y       the target, one value per row
     * @param loss    the loss of one prediction
     * @param alpha   the L2 penalty's strength, 0 or more
     * @throws IllegalArgumentException if the sizes do not agree, alpha is negative, or the learning rate gives a
     *                                  step that is not positive and finite
     * @throws IllegalStateException    if the descent diverges: the loss overflows, or ends above twice where it
     *                                  started (the steps are too large: lower the learning rate)
     */
    public Result minimize(double[] x, int columns, double[] y, Loss loss, double alpha, boolean fitIntercept) {
        checkProblem(x, columns, y, loss, alpha);
        Descent descent = new Descent(x, columns, y, loss, alpha, fitIntercept);
        int batch = batchSize == 0 ? y.length : Math.min(batchSize, y.length);
        SplittableRandom random = new SplittableRandom(seed);
        double[] history = new double[Math.min(maxEpochs, 64)];
        double best = Double.POSITIVE_INFINITY;
        int withoutImprovement = 0;
        int epoch = 0;
        while (epoch < maxEpochs && withoutImprovement < nIterNoChange) {
            epoch++;
            if (batch < y.length) {
                descent.shuffle(random);
            }
            double objective = descent.epoch(epoch, batch);
            if (!Double.isFinite(objective)) {
                throw diverged("the loss overflowed in epoch " + epoch + " (" + objective + ")");
            }
            if (epoch > history.length) {
                history = Arrays.copyOf(history, (int) Math.min(maxEpochs, 2L * history.length));
            }
            history[epoch - 1] = objective;
            withoutImprovement = objective > best - tol ? withoutImprovement + 1 : 0;
            best = Math.min(best, objective);
        }
        if (history[epoch - 1] > 2 * history[0]) {
            throw diverged("the loss rose from " + history[0] + " in the first epoch to " + history[epoch - 1]
                    + " in epoch " + epoch);
        }
        return new Result(Arrays.copyOf(descent.theta, columns), descent.theta[columns], Arrays.copyOf(history, epoch),
                withoutImprovement >= nIterNoChange);
    }

    /** One run's problem and moving state: the parameters (w, then b), the gradient buffer, the row order. */
    private final class Descent {

        private final double[] x;
        private final int columns;
        private final double[] y;
        private final Loss loss;
        private final double alpha;
        private final boolean fitIntercept;
        private final double[] theta;
        private final double[] gradient;
        private final int[] order;
        private long updates;

        Descent(double[] x, int columns, double[] y, Loss loss, double alpha, boolean fitIntercept) {
            this.x = x;
            this.columns = columns;
            this.y = y;
            this.loss = loss;
            this.alpha = alpha;
            this.fitIntercept = fitIntercept;
            this.theta = new double[columns + 1];
            this.gradient = new double[columns + 1];
            this.order = new int[y.length];
            Arrays.setAll(order, i -> i);
        }

        /** Runs one epoch of updates and returns its loss (see the class comment). */
        double epoch(int epoch, int batch) {
            int rows = y.length;
            double objective = penalty();
            for (int start = 0; start < rows; start += batch) {
                int end = Math.min(start + batch, rows);
                objective += accumulate(start, end) / rows;
                double rate = rate(epoch, ++updates);
                for (int j = 0; j < columns; j++) {
                    theta[j] -= rate * (alpha * theta[j] + gradient[j] / (end - start));
                }
                if (fitIntercept) {
                    theta[columns] -= rate * gradient[columns] / (end - start);
                }
            }
            return objective;
        }

        /** Sets the gradient buffer to the sum over rows order[start..end) of loss' (x_i, 1); returns their losses. */
        private double accumulate(int start, int end) {
            Arrays.fill(gradient, 0);
            double sum = 0;
            for (int k = start; k < end; k++) {
                int row = order[k];
                int offset = row * columns;
                double prediction = theta[columns];
                for (int j = 0; j < columns; j++) {
                    prediction += x[offset + j] * theta[j];
                }
                sum += loss.value(y[row], prediction);
                double slope = loss.derivative(y[row], prediction);
                for (int j = 0; j < columns; j++) {
                    gradient[j] += slope * x[offset + j];
                }
                gradient[columns] += slope;
            }
            return sum;
        }

        /** (alpha / 2) ||w||^2, the intercept left out. */
        private double penalty() {
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += theta[j] * theta[j];
            }
            return alpha / 2 * sum;
        }

        /** A Fisher-Yates shuffle of the row order. */
        void shuffle(SplittableRandom random) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
    }

    private static IllegalStateException diverged(String what) {
        return new IllegalStateException(STEP + ": " + what + ": the steps are too large for these data; lower the"
                + " learning rate or scale the features");
    }

    /**
     * Sets {@code gradient} to the sum over rows order[start..end) of loss' (x_i, 1) at {@code theta} and returns
     * the sum of their losses.
     */

    private double rate(int epoch, long step) {
        double rate = learningRate.rate(epoch, step);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(STEP + ": learningRate must give a finite step above 0, found " + rate
                    + " at epoch " + epoch + ", update " + step);
        }
        return rate;
    }

    private static void checkProblem(double[] x, int columns, double[] y, Loss loss, double alpha) {
        Parameters.notNull(STEP, "x", x);
        Parameters.notNull(STEP, "y", y);
        Parameters.notNull(STEP, "loss", loss);
        Parameters.positive(STEP, "columns", columns);
        if (y.length == 0 || x.length != (long) y.length * columns) {
            throw new IllegalArgumentException(STEP + ": x must hold y.length x columns = " + y.length + " x " + columns
                    + " values, found " + x.length + " (and y at least one)");
        }
        Parameters.nonNegative(STEP, "alpha", alpha);
    }
}
