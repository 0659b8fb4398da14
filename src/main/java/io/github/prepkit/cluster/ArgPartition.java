package io.github.prepkit.cluster;

/**
 * The indexes of the largest values in exactly the order scikit-learn's empty-cluster relocation takes them:
 * {@code numpy.argpartition(values, -count)[:-count-1:-1]} in numpy 1.24. numpy documents that order as undefined;
 * it is whatever its introselect leaves at the end of the index array, so this class walks the same steps:
 * median-of-3 quickselect with an unguarded partition, falling back to the median of medians of 5 when the depth
 * limit (twice the bit length of the size) runs out, a selection sort when the rank is below 3, and a plain scan for
 * the maximum when a single value is wanted (which keeps the last of equal maxima). Only the relative order of
 * equal or selected values depends on this; the selected set is always the {@code count} largest. O(n) expected.
 */
final class ArgPartition {

    private ArgPartition() {
    }

    /** The indexes of the {@code count} (1 to values.length) largest {@code values}, in numpy's order. */
    static int[] largest(double[] values, int count) {
        int size = values.length;
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        select(values, order, 0, size, size - count);
        int[] result = new int[count];
        for (int e = 0; e < count; e++) {
            result[e] = order[size - 1 - e];
        }
        return result;
    }

    /**
     * Reorders {@code order[start, start + size)} so that its element {@code start + rank} refers to the value of that
     * rank, smaller values before it and larger after.
     */
    private static void select(double[] values, int[] order, int start, int size, int rank) {
        int low = 0;
        int high = size - 1;
        if (rank - low < 3) {
            selectionSort(values, order, start, size, rank);
            return;
        }
        if (rank == size - 1) {
            int largest = low;
            for (int k = low + 1; k < size; k++) {
                if (!(values[order[start + k]] < values[order[start + largest]])) {
                    largest = k;
                }
            }
            swap(order, start + rank, start + largest);
            return;
        }
        int depthLimit = 2 * (31 - Integer.numberOfLeadingZeros(size));
        while (low + 1 < high) {
            int left = low + 1;
            int right = high;
            if (depthLimit > 0 || right - left < 5) {
                medianOfThreeToLow(values, order, start, low, low + (high - low) / 2, high);
            } else {
                int median = left + medianOfMediansOfFive(values, order, start + left, right - left);
                swap(order, start + median, start + low);
                left--;
                right++;
            }
            depthLimit--;
            double pivot = values[order[start + low]];
            while (true) {
                do {
                    left++;
                } while (values[order[start + left]] < pivot);
                do {
                    right--;
                } while (pivot < values[order[start + right]]);
                if (right < left) {
                    break;
                }
                swap(order, start + left, start + right);
            }
            swap(order, start + low, start + right);
            if (right >= rank) {
                high = right - 1;
            }
            if (right <= rank) {
                low = left;
            }
        }
        if (high == low + 1 && values[order[start + high]] < values[order[start + low]]) {
            swap(order, start + high, start + low);
        }
    }

    /** Puts the median of positions low, middle, high at low and the smallest of them at low + 1. */
    private static void medianOfThreeToLow(double[] values, int[] order, int start, int low, int middle, int high) {
        if (values[order[start + high]] < values[order[start + middle]]) {
            swap(order, start + high, start + middle);
        }
        if (values[order[start + high]] < values[order[start + low]]) {
            swap(order, start + high, start + low);
        }
        if (values[order[start + low]] < values[order[start + middle]]) {
            swap(order, start + low, start + middle);
        }
        swap(order, start + middle, start + low + 1);
    }

    /** The position (relative to {@code start}) of the median of the medians of groups of five. */
    private static int medianOfMediansOfFive(double[] values, int[] order, int start, int size) {
        int medians = size / 5;
        for (int group = 0; group < medians; group++) {
            int median = medianOfFive(values, order, start + 5 * group);
            swap(order, start + 5 * group + median, start + group);
        }
        if (medians > 2) {
            select(values, order, start, medians, medians / 2);
        }
        return medians / 2;
    }

    /** The position (1, 2 or 3, relative to {@code start}) of the median of five, after partly ordering them. */
    private static int medianOfFive(double[] values, int[] order, int start) {
        orderPair(values, order, start, 0, 1);
        orderPair(values, order, start, 3, 4);
        orderPair(values, order, start, 0, 3);
        orderPair(values, order, start, 1, 4);
        orderPair(values, order, start, 1, 2);
        if (values[order[start + 3]] < values[order[start + 2]]) {
            return values[order[start + 3]] < values[order[start + 1]] ? 1 : 3;
        }
        return 2;
    }

    /** Swaps positions {@code a} and {@code b} (after {@code start}) if the value at {@code b} is smaller. */
    private static void orderPair(double[] values, int[] order, int start, int a, int b) {
        if (values[order[start + b]] < values[order[start + a]]) {
            swap(order, start + a, start + b);
        }
    }

    /** Moves the smallest values, up to rank {@code rank}, to the front one by one. O(size x rank). */
    private static void selectionSort(double[] values, int[] order, int start, int size, int rank) {
        for (int i = 0; i <= rank; i++) {
            int smallest = i;
            for (int k = i + 1; k < size; k++) {
                if (values[order[start + k]] < values[order[start + smallest]]) {
                    smallest = k;
                }
            }
            swap(order, start + i, start + smallest);
        }
    }

    private static void swap(int[] order, int a, int b) {
        int kept = order[a];
        order[a] = order[b];
        order[b] = kept;
    }
}
