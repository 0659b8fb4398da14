package io.github.prepkit.exercises;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
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
 * of the wrong type, or a value that is infinite (no reading, price, grade or sample value means
 * infinity, and it would silently become the answer); input tables are never modified.
 */
public final class PandasExercises {

    private PandasExercises() {
    }

    /**
     * Question: given daily rainfall readings, what is the median rainfall on the days it rained?
     * Approach: keep the readings of column {@code rainfall} that are above zero (a missing reading is
     * skipped, as pandas skips NaN) and take their median. Returns NaN when no day had rain.
     *
     * @param dfRain the readings, in a numeric column {@code rainfall}
     * @return the median of the positive readings, or NaN
     * @throws IllegalArgumentException if {@code dfRain} is null or a reading is infinite
     */
    public static double medianRainfall(Table dfRain) {
        double[] rainyDays = Arrays.stream(finiteOrMissing(dfRain, "dfRain", "rainfall"))
                .filter(inches -> inches > 0) // false for NaN, so missing readings drop out too
                .toArray();
        return Quantiles.median(rainyDays);
    }

    /**
     * Question: some cheeses have no price; fill each missing price with the median of the known prices.
     * Approach: compute the median of the present values of column {@code price} and return a copy of the
     * table whose {@code price} column (now a double column, in the same place) has it where a value was
     * missing. If no price is known the prices stay missing, as pandas' {@code fillna(median)} leaves them.
     *
     * @param cheeses the cheeses, with a numeric column {@code price}
     * @return a copy with the missing prices filled
     * @throws IllegalArgumentException if {@code cheeses} is null or a price is infinite
     */
    public static Table imputeCheesePrice(Table cheeses) {
        double[] prices = finiteOrMissing(cheeses, "cheeses", "price");
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
     *
     * @param students the students, with columns {@code grade} (numeric) and {@code favorite_color} (string)
     * @return a new table of the matching rows
     * @throws IllegalArgumentException if {@code students} is null or a grade is infinite
     */
    public static Table gradesColors(Table students) {
        finiteOrMissing(students, "students", "grade");
        NumericColumn<?> grade = Columns.numeric(students, "grade");
        StringColumn color = Columns.string(students, "favorite_color");
        return students.where(grade.isGreaterThan(90).and(color.isIn("green", "red")));
    }

    /**
     * Question: compute the one-sample t statistic of column {@code var} against the hypothesised mean
     * {@code mu0}. Approach: t = (mean - μ0) / (s / √n) with s the sample standard deviation, computed by
     * {@link TTest#oneSample}; missing values are skipped, as pandas' {@code mean()} and {@code std()} do.
     *
     * @param df  the sample, in a numeric column {@code var}
     * @param mu0 the hypothesised mean
     * @return the t statistic
     * @throws IllegalArgumentException if {@code df} is null, {@code mu0} or a value is NaN or infinite (a
     *                                  missing value is skipped), or fewer than two values are present
     */
    public static double tValue(Table df, double mu0) {
        if (!Double.isFinite(mu0)) {
            throw new IllegalArgumentException("mu0 must be a finite number, found " + mu0);
        }
        finiteOrMissing(df, "df", "var");
        return TTest.oneSample(df, "var", mu0).statistic();
    }

    /**
     * The values of numeric column {@code column} of {@code table}, NaN where missing.
     *
     * @throws IllegalArgumentException naming {@code parameter} if the table is null, or the column if it is missing,
     *                                  not numeric, or holds an infinite value (with its row)
     */
    private static double[] finiteOrMissing(Table table, String parameter, String column) {
        Checks.notNull(table, parameter);
        return Columns.finiteValues(table, column, parameter);
    }
}
