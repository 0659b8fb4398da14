package io.github.prepkit.internal.linalg;

import io.github.prepkit.internal.data.Checks;

/**
 * Running sums of a table's columns and of their pairwise products over a changing set of rows, from which
 * {@link #regression} gives the {@link CrossProducts} of any column on all the others in O(p²). Adding or
 * removing a row costs O(p²), so when a few rows of a large table change, the cross products follow without
 * another pass over the table. Every row is shifted by a fixed vector before it is summed, so that centring
 * later loses little precision: pass the columns' means or any values close to them. Mutable, not thread-safe.
 */
public final class CrossProductSums {

    private final double[] shift;
    private final int width;
    private int count;
    private final double[] sums;
    private final double[] products;
    private final double[] shifted;

    /**
     * Empty sums over columns whose values lie around {@code shift} (one value per column; copied).
     *
     * @throws IllegalArgumentException if a shift is NaN or infinite
     */
    public CrossProductSums(double[] shift) {
        Checks.notNull(shift, "shift");
        for (double s : shift) {
            if (!Double.isFinite(s)) {
                throw new IllegalArgumentException("shift must hold finite values, found " + s);
            }
        }
        this.shift = shift.clone();
        this.width = shift.length;
        this.sums = new double[width];
        this.products = new double[width * width];
        this.shifted = new double[width];
    }

    private CrossProductSums(CrossProductSums other) {
        this.shift = other.shift;
        this.width = other.width;
        this.count = other.count;
        this.sums = other.sums.clone();
        this.products = other.products.clone();
        this.shifted = new double[width];
    }

    /** An independent copy of these sums. */
    public CrossProductSums copy() {
        return new CrossProductSums(this);
    }

    /** The number of rows summed. */
    public int count() {
        return count;
    }

    /** Adds the row {@code values[offset .. offset + width)}. */
    public void add(double[] values, int offset) {
        accumulate(values, offset, 1);
        count++;
    }

    /** Removes the row {@code values[offset .. offset + width)}, which must have been added with these values. */
    public void subtract(double[] values, int offset) {
        accumulate(values, offset, -1);
        count--;
    }

    /** Adds every row of the row-major array {@code values} (a multiple of width long). */
    public void addAll(double[] values) {
        Checks.notNull(values, "values");
        if (width == 0 || values.length % width != 0) {
            throw new IllegalArgumentException("values must hold whole rows of " + width + ", found "
                    + values.length + " values");
        }
        for (int offset = 0; offset < values.length; offset += width) {
            add(values, offset);
        }
    }

    private void accumulate(double[] values, int offset, double sign) {
        for (int k = 0; k < width; k++) {
            shifted[k] = values[offset + k] - shift[k];
            sums[k] += sign * shifted[k];
        }
        CrossProducts.addOuterProduct(products, shifted, sign);
    }

    /**
     * The cross products for regressing column {@code target} on all the other columns, in column order, over
     * the rows summed.
     *
     * @throws IllegalArgumentException if no row is summed or {@code target} is not a column
     */
    public CrossProducts regression(int target) {
        if (count < 1 || target < 0 || target >= width) {
            throw new IllegalArgumentException("a regression needs at least one row and a target column in [0, "
                    + width + "), found " + count + " rows and target " + target);
        }
        return CrossProducts.fromShiftedSums(count, shift, sums, products, target);
    }
}
