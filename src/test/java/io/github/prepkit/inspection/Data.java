package io.github.prepkit.inspection;

import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small seeded tables for the inspection tests: two numeric features and a target y. */
final class Data {

    private Data() {
    }

    /** y = 2 x0 - x1 + small noise. */
    static Table regression(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x0 = new double[rows];
        double[] x1 = new double[rows];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            x0[i] = random.nextDouble(-3, 3);
            x1[i] = random.nextDouble(-3, 3);
            y[i] = 2 * x0[i] - x1[i] + random.nextDouble(-0.2, 0.2);
        }
        return Table.create("regression", DoubleColumn.create("x0", x0), DoubleColumn.create("x1", x1),
                DoubleColumn.create("y", y));
    }

    /** Classes "a", "b", "c" by the sign and size of x0 + x1, with a little label noise. */
    static Table classification(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x0 = new double[rows];
        double[] x1 = new double[rows];
        String[] y = new String[rows];
        for (int i = 0; i < rows; i++) {
            x0[i] = random.nextDouble(-3, 3);
            x1[i] = random.nextDouble(-3, 3);
            double s = x0[i] + x1[i] + random.nextDouble(-0.5, 0.5);
            y[i] = s < -1 ? "a" : s < 1 ? "b" : "c";
        }
        return Table.create("classification", DoubleColumn.create("x0", x0), DoubleColumn.create("x1", x1),
                StringColumn.create("y", y));
    }
}
