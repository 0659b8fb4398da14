package io.github.prepkit.selection;

/**
 * The size of one part of a split, as scikit-learn reads {@code test_size} / {@code train_size}: a fraction of
 * the rows (a float in (0, 1); a test part rounds up, a train part down) or a count of rows (an int).
 *
 * @param fraction whether {@code value} is a fraction rather than a count
 * @param value    the fraction or the count
 */
public record SplitSize(boolean fraction, double value) {

    /** Validates the fraction's range or the count's sign. */
    public SplitSize {
        if (fraction && !(value > 0 && value < 1)) {
            throw new IllegalArgumentException("a split fraction must be in (0, 1), found " + value);
        }
        if (!fraction && !(value >= 1 && value == Math.rint(value))) {
            throw new IllegalArgumentException("a split count must be a whole number of at least 1, found " + value);
        }
    }

    /**
     * A fraction of the rows, in (0, 1).
     *
     * @param fraction the share of the rows
     * @throws IllegalArgumentException unless the fraction is in (0, 1)
     */
    public static SplitSize fraction(double fraction) {
        return new SplitSize(true, fraction);
    }

    /**
     * A number of rows, at least 1.
     *
     * @param rows the number of rows
     * @throws IllegalArgumentException if {@code rows} is below 1
     */
    public static SplitSize count(int rows) {
        return new SplitSize(false, rows);
    }

    /** The number of rows out of {@code rows}: a fraction rounded up for a test part, down for a train part. */
    int of(int rows, boolean roundUp) {
        if (!fraction) {
            return (int) value;
        }
        double exact = value * rows;
        return (int) (roundUp ? Math.ceil(exact) : Math.floor(exact));
    }

    @Override
    public String toString() {
        return fraction ? String.valueOf(value) : String.valueOf((int) value);
    }
}
