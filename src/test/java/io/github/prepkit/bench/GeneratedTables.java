package io.github.prepkit.bench;

import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Seeded synthetic tables for the benchmarks. */
final class GeneratedTables {

    private GeneratedTables() {
    }

    /** {@code rows x columns} standard-normal doubles named x0, x1...; each value missing with probability {@code missing}. */
    static Table numeric(int rows, int columns, double missing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Table table = Table.create("generated");
        for (int j = 0; j < columns; j++) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = random.nextDouble() < missing ? Double.NaN : gaussian(random);
            }
            table.addColumns(DoubleColumn.create("x" + j, values));
        }
        return table;
    }

    /** One string column {@code name} of {@code rows} values drawn uniformly from {@code levels} levels "level00", "level01"... */
    static Table categorical(String name, int rows, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[levels];
        for (int k = 0; k < levels; k++) {
            names[k] = String.format("level%02d", k);
        }
        String[] values = new String[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = names[random.nextInt(levels)];
        }
        return Table.create("generated", StringColumn.create(name, values));
    }

    /**
     * A two-class table shaped like the peers' {@code cls_100k.csv}: {@code features} standard-normal doubles f0, f1...
     * and an int target y, 1 with probability {@code minorityShare}; a row of class 1 is shifted by 1 along each of
     * the first five features, so that the classes overlap but can be told apart. Without the target when
     * {@code withTarget} is false (query rows).
     */
    static Table classification(int rows, int features, double minorityShare, boolean withTarget, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] target = new int[rows];
        for (int i = 0; i < rows; i++) {
            target[i] = random.nextDouble() < minorityShare ? 1 : 0;
        }
        Table table = Table.create("generated");
        for (int j = 0; j < features; j++) {
            double shift = j < 5 ? 1 : 0;
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = gaussian(random) + shift * target[i];
            }
            table.addColumns(DoubleColumn.create("f" + j, values));
        }
        return withTarget ? table.addColumns(IntColumn.create("y", target)) : table;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
