package io.github.prepkit.selection;

import io.github.prepkit.internal.data.Checks;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One fold of a cross-validation: the row indexes to fit on and the row indexes to score on, each ascending.
 * The arrays are copied in and out, so a fold never changes.
 *
 * @param train the training rows
 * @param test  the test rows
 */
public record Fold(int[] train, int[] test) implements Serializable {

    /** Copies the arrays. */
    public Fold {
        train = Checks.notNull(train, "train").clone();
        test = Checks.notNull(test, "test").clone();
    }

    /** The training rows; a copy. */
    @Override
    public int[] train() {
        return train.clone();
    }

    /** The test rows; a copy. */
    @Override
    public int[] test() {
        return test.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fold fold && Arrays.equals(train, fold.train) && Arrays.equals(test, fold.test);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
    }

    @Override
    public String toString() {
        return "Fold[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
    }
}
