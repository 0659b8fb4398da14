package io.github.prepkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A property-based suite over hostile tables: every registered class is fitted and applied on tables drawn at
 * random (a seeded generator, so a failure can be replayed) from its own data: 0, 1, 2 or a few rows; NaN, ±Infinity,
 * ±1e300, 1e-300, subnormals and -0.0 in numeric cells; empty, blank and non-ASCII text; a column dropped; a column
 * renamed to a name that differs only in case or surrounding spaces. The only acceptable outcomes are a result with one output row per
 * input row, or an IllegalArgumentException or IllegalStateException whose message names the step or a column.
 */
class HostileTablesTest {

    /** Tables drawn per registered class. */
    private static final int TABLES = 60;

    private static final double[] HOSTILE_NUMBERS = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        1e300, -1e300, 1e-300, Double.MIN_VALUE, -Double.MIN_VALUE * 7, -0.0, Double.MAX_VALUE, 0};
    private static final String[] HOSTILE_TEXT = {"", " ", "😀", "é", "Ω≈ç", "a b", "\t"};

    @Test
    void everyClassGivesAResultOrAClearFailureOnHostileTables() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        Set<String> steps = Registry.all().stream().map(contract -> contract.type().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        for (Contract contract : Registry.all()) {
            SplittableRandom random = new SplittableRandom(contract.toString().hashCode());
            for (int t = 0; t < TABLES; t++) {
                Table table = hostile(contract, random);
                cases++;
                String problem = outcome(contract, table, steps);
                if (problem != null) {
                    failures.add(contract + " on table " + t + " (" + table.rowCount() + " rows): " + problem);
                }
            }
        }
        System.out.println("HostileTablesTest: " + cases + " cases");
        assertEquals(Registry.all().size() * TABLES, cases);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases failed:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /** Null if fitting and applying {@code contract}'s estimator on {@code table} ends acceptably, else what went wrong. */
    private static String outcome(Contract contract, Table table, Set<String> steps) {
        try {
            Object estimator = contract.estimator().get();
            if (estimator instanceof Sampler sampler) {
                sampler.fitResample(table, contract.target());
                return null;
            }
            Model model = ContractSuiteTest.savable(estimator, table, contract.target());
            Table out = ContractSuiteTest.output(model, table, contract.target());
            return out.columnCount() == 0 || out.rowCount() == table.rowCount() ? null
                    : out.rowCount() + " output rows for " + table.rowCount();
        } catch (IllegalArgumentException | IllegalStateException e) {
            String message = e.getMessage();
            boolean named = message != null && (steps.stream().anyMatch(message::contains)
                    || table.columnNames().stream().anyMatch(name -> message.contains("'" + name + "'"))
                    || message.contains("Pipeline") || message.contains("target"));
            return named ? null : "a message naming neither the step nor a column: " + message;
        } catch (RuntimeException | StackOverflowError e) {
            return "failed from inside: " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        }
    }

    /** A table drawn from {@code contract}'s data: some of its rows, with hostile values and perhaps a renamed column. */
    private static Table hostile(Contract contract, SplittableRandom random) {
        Table data = contract.data().get();
        int[] sizes = {0, 1, 2, 3, 5, 12, 40};
        int rows = Math.min(data.rowCount(), sizes[random.nextInt(sizes.length)]);
        int[] picked = IntStream.generate(() -> random.nextInt(data.rowCount())).limit(rows).toArray();
        Table table = Tables.rows(data, picked);
        int damaged = rows == 0 ? 0 : random.nextInt(1 + rows * table.columnCount() / 4);
        for (int d = 0; d < damaged; d++) {
            Column<?> column = table.column(random.nextInt(table.columnCount()));
            if (column.name().equals(contract.target())) {
                continue;
            }
            int row = random.nextInt(rows);
            if (column instanceof NumericColumn<?> numbers) {
                set(numbers, row, HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]);
            } else if (column instanceof StringColumn text) {
                text.set(row, HOSTILE_TEXT[random.nextInt(HOSTILE_TEXT.length)]);
            }
        }
        if (random.nextInt(5) == 0 && table.columnCount() > 1) {
            String dropped = table.column(random.nextInt(table.columnCount())).name();
            if (!dropped.equals(contract.target())) {
                table = table.removeColumns(dropped);
            }
        }
        if (random.nextInt(5) == 0) {
            Column<?> column = table.column(random.nextInt(table.columnCount()));
            String name = column.name();
            column.setName(random.nextBoolean() ? name.toUpperCase() : name + " ");
        }
        return table;
    }

    /** Sets {@code value} in a numeric column, converting it to the column's type (an integer column gets the cast). */
    private static void set(NumericColumn<?> column, int row, double value) {
        if (column instanceof tech.tablesaw.api.DoubleColumn doubles) {
            doubles.set(row, value);
        } else if (column instanceof tech.tablesaw.api.IntColumn ints) {
            if (Double.isNaN(value)) {
                ints.setMissing(row);
            } else {
                ints.set(row, (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, value)));
            }
        }
    }
}
