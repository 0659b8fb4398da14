package io.github.prepkit.exercises;

import io.github.prepkit.data.Columns;
import io.github.prepkit.stats.Quantiles;
import io.github.prepkit.stats.TTest;
import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The pandas questions of a Python machine-learning interview, answered on Tablesaw tables.
 * Each method reads its columns by name and fails with a message naming a column that is missing or
 * of the wrong type; input tables are never modified.
 */
public final class PandasExercises {

    private PandasExercises() {
    }

    /**
     * Question: given daily rainfall readings, what is the median rainfall on the days it rained?
     * Approach: keep the readings of column {@code rainfall} that are above zero (a missing reading is
     * skipped, as pandas skips NaN) and take their median. Returns NaN when no day had rain.
     */
    public static double medianRainfall(Table dfRain) {
        double[] rainyDays = Arrays.stream(Columns.values(dfRain, "rainfall"))
                .filter(inches -> inches > 0) // false for NaN, so missing readings drop out too
                .toArray();
        return Quantiles.median(rainyDays);
    }

    /**
     * Question: some cheeses have no price; fill each missing price with the median of the known prices.
     * Approach: compute the median of the present values of column {@code price} and return a copy of the
     * table whose {@code price} column (now a double column, in the same place) has it where a value was
     * missing. If no price is known the prices stay missing, as pandas' {@code fillna(median)} leaves them.
     */
    public static Table imputeCheesePrice(Table cheeses) {
        double[] prices = Columns.values(cheeses, "price");
        double median = Quantiles.median(prices);
        double[] filled = Arrays.stream(prices).map(p -> Double.isNaN(p) ? median : p).toArray();
        Table result = cheeses.copy();
        result.replaceColumn("price", DoubleColumn.create("price", filled));
        return result;
    }

    /**
     * Question: which students have a grade above 90 and a favourite colour of green or red?
     * Approach: one row selection, {@code grade > 90} and {@code favorite_color} in {green, red}
     * (exact, case-sensitive, as pandas' {@code isin}); all columns, rows in their original order.
     * A missing grade is not above 90.
     */
    public static Table gradesColors(Table students) {
        NumericColumn<?> grade = Columns.numeric(students, "grade");
        StringColumn color = Columns.string(students, "favorite_color");
        return students.where(grade.isGreaterThan(90).and(color.isIn("green", "red")));
    }

    /**
     * Question: compute the one-sample t statistic of column {@code var} against the hypothesised mean
     * {@code mu0}. Approach: t = (mean - μ0) / (s / √n) with s the sample standard deviation, computed by
     * {@link TTest#oneSample}; missing values are skipped, as pandas' {@code mean()} and {@code std()} do.
     *
     * @throws IllegalArgumentException if fewer than two values are present
     */
    public static double tValue(Table df, double mu0) {
        return TTest.oneSample(Columns.presentValues(df, "var"), mu0).statistic();
    }
}
