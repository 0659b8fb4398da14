package io.github.prepkit.linear;

/** Hyperparameter checks for the linear models' constructors, with messages naming parameter, value and range. */
final class Parameters {

    private Parameters() {
    }

    /** Fails unless {@code value} is at least 1. */
    static void positive(String step, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(step + ": " + name + " must be a positive whole number, found " + value);
        }
    }

    /** Fails unless {@code value} is finite and above 0. */
    static void positive(String step, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(step + ": " + name + " must be a finite number above 0, found " + value);
        }
    }

    /** Fails unless {@code value} is finite and at least 0. */
    static void nonNegative(String step, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(step + ": " + name + " must be a finite number of at least 0, found "
                    + value);
        }
    }

    /** Fails if {@code value} is null. */
    static <T> T notNull(String step, String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(step + ": " + name + " must not be null");
        }
        return value;
    }
}
