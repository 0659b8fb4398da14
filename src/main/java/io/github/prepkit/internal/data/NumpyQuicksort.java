package io.github.prepkit.internal.data;

/**
 * {@code np.argsort(values)} with its default {@code kind="quicksort"}, as NumPy 1.24 runs it on doubles
 * ({@code aquicksort_} of {@code npysort/quicksort.cpp}): an introsort, median of three pivots, partitions of up to 16
 * entries finished by insertion sort, a heapsort below a depth of twice log2(n). It is not stable: which of two equal
 * values comes first follows from the partitioning, and is the same here as in NumPy, so a caller that takes the first
 * k indexes (scikit-learn's {@code RFE}) drops the same ones of a tie. Up to 16 values it is an insertion sort, which
 * is stable. NaN sorts last, as NumPy's.
 */
public final class NumpyQuicksort {

    /** NumPy's {@code SMALL_QUICKSORT}: a part of more than 16 entries is partitioned again, a smaller one insertion sorted. */
    private static final int SMALL_QUICKSORT = 15;
    /** NumPy's {@code PYA_QS_STACK}: twice the bits of an index. */
    private static final int STACK = 128;

    private NumpyQuicksort() {
    }

    /** The indexes of {@code values} in ascending order of value, ties as NumPy's quicksort leaves them. */
    public static int[] argsort(double[] values) {
        Checks.notNull(values, "values");
        int[] order = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (order.length > 1) {
            sort(values, order);
        }
        return order;
    }

    private static void sort(double[] v, int[] a) {
        int[] stack = new int[STACK];
        int[] depths = new int[STACK];
        int top = 0;
        int depthTop = 0;
        int pl = 0;
        int pr = a.length - 1;
        int depth = 2 * (31 - Integer.numberOfLeadingZeros(a.length));
        while (true) {
            if (depth < 0) {
                heapsort(v, a, pl, pr - pl + 1);
            } else {
                while (pr - pl > SMALL_QUICKSORT) {
                    int pm = pl + ((pr - pl) >> 1);
                    if (less(v[a[pm]], v[a[pl]])) {
                        swap(a, pm, pl);
                    }
                    if (less(v[a[pr]], v[a[pm]])) {
                        swap(a, pr, pm);
                    }
                    if (less(v[a[pm]], v[a[pl]])) {
                        swap(a, pm, pl);
                    }
                    double pivot = v[a[pm]];
                    int pi = pl;
                    int pj = pr - 1;
                    swap(a, pm, pj);
                    while (true) {
                        do {
                            pi++;
                        } while (less(v[a[pi]], pivot));
                        do {
                            pj--;
                        } while (less(pivot, v[a[pj]]));
                        if (pi >= pj) {
                            break;
                        }
                        swap(a, pi, pj);
                    }
                    swap(a, pi, pr - 1);
                    // the larger part waits on the stack
                    if (pi - pl < pr - pi) {
                        stack[top++] = pi + 1;
                        stack[top++] = pr;
                        pr = pi - 1;
                    } else {
                        stack[top++] = pl;
                        stack[top++] = pi - 1;
                        pl = pi + 1;
                    }
                    depths[depthTop++] = --depth;
                }
                insertionSort(v, a, pl, pr);
            }
            if (top == 0) {
                return;
            }
            pr = stack[--top];
            pl = stack[--top];
            depth = depths[--depthTop];
        }
    }

    private static void insertionSort(double[] v, int[] a, int pl, int pr) {
        for (int pi = pl + 1; pi <= pr; pi++) {
            int index = a[pi];
            double value = v[index];
            int pj = pi;
            while (pj > pl && less(value, v[a[pj - 1]])) {
                a[pj] = a[pj - 1];
                pj--;
            }
            a[pj] = index;
        }
    }

    /** NumPy's {@code aheapsort_} of the {@code n} entries of {@code a} from {@code from}, indexed from 1 as there. */
    static void heapsort(double[] v, int[] a, int from, int n) {
        int base = from - 1;
        for (int l = n >> 1; l > 0; l--) {
            siftDown(v, a, base, l, n, a[base + l]);
        }
        for (int m = n; m > 1; ) {
            int last = a[base + m];
            a[base + m] = a[base + 1];
            m--;
            siftDown(v, a, base, 1, m, last);
        }
    }

    private static void siftDown(double[] v, int[] a, int base, int start, int n, int entry) {
        int i = start;
        for (int j = start << 1; j <= n; ) {
            if (j < n && less(v[a[base + j]], v[a[base + j + 1]])) {
                j++;
            }
            if (less(v[entry], v[a[base + j]])) {
                a[base + i] = a[base + j];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        a[base + i] = entry;
    }

    /** NumPy's order of doubles: a before b if smaller, and every number before NaN. */
    private static boolean less(double a, double b) {
        return a < b || (b != b && a == a);
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
