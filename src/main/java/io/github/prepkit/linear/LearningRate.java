package io.github.prepkit.linear;

import io.github.prepkit.internal.data.Checks;
import java.util.function.IntToDoubleFunction;

/**
 * The step size {@link GradientDescent} takes at each update: constant, inverse scaling (scikit-learn's
 * {@code invscaling}, SGDRegressor's default) or any function of the epoch.
 */
@FunctionalInterface
public interface LearningRate {

    /**
     * The step size of update number {@code step} (1 for the first update of the run, counting every batch of every
     * epoch) in epoch {@code epoch} (1 for the first); it must be positive and finite.
     *
     * @param epoch the epoch, from 1
     * @param step  the update, from 1, counted over the run
     * @return the step size
     */
    double rate(int epoch, long step);

    /**
     * The same step size {@code eta0} throughout (scikit-learn's {@code constant}).
     *
     * @param eta0 the step size
     * @throws IllegalArgumentException unless eta0 is finite and above 0
     */
    static LearningRate constant(double eta0) {
        return new Constant(eta0);
    }

    /**
     * eta0 / step^powerT, shrinking with every update (scikit-learn's {@code invscaling}, where the step counts
     * samples: the same with one row a batch).
     *
     * @param eta0   the first step size
     * @param powerT how fast it shrinks
     * @throws IllegalArgumentException unless eta0 is finite and above 0 and powerT finite and at least 0
     */
    static LearningRate invScaling(double eta0, double powerT) {
        return new InvScaling(eta0, powerT);
    }

    /**
     * {@code schedule} applied to the epoch number (1, 2, ...), the same for every update of an epoch.
     *
     * @param schedule the step size of each epoch, positive and finite (user code: such a rate cannot be saved in a
     *                 model file)
     */
    static LearningRate perEpoch(IntToDoubleFunction schedule) {
        Checks.notNull(schedule, "schedule");
        return (epoch, step) -> schedule.applyAsDouble(epoch);
    }

    /**
     * See {@link LearningRate#constant(double)}.
     *
     * @param eta0 the step size
     */
    record Constant(double eta0) implements LearningRate {

        /** Validates eta0. */
        public Constant {
            Parameters.positive("LearningRate.constant", "eta0", eta0);
        }

        @Override
        public double rate(int epoch, long step) {
            return eta0;
        }
    }

    /**
     * See {@link LearningRate#invScaling(double, double)}.
     *
     * @param eta0   the first step size
     * @param powerT the exponent of the decay
     */
    record InvScaling(double eta0, double powerT) implements LearningRate {

        /** Validates eta0 and powerT. */
        public InvScaling {
            Parameters.positive("LearningRate.invScaling", "eta0", eta0);
            Parameters.nonNegative("LearningRate.invScaling", "powerT", powerT);
        }

        @Override
        public double rate(int epoch, long step) {
            return eta0 / Math.pow(step, powerT);
        }
    }
}
