package io.github.prepkit.bench;

import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
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

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
