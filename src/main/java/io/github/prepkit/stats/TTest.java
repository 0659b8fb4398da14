package io.github.prepkit.stats;

import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.BinaryScale;
import io.github.prepkit.internal.data.Checks;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import tech.tablesaw.api.Table;

/**
 * The result of a Student's t-test: the t statistic, its degrees of freedom and the two-sided p-value.
 *
 * @param statistic        the t statistic
 * @param degreesOfFreedom the degrees of freedom of the t distribution it is compared with
 * @param pValue           the two-sided p-value: the probability of a statistic at least as extreme under the null hypothesis
 */
public record TTest(double statistic, double degreesOfFreedom, double pValue) {

    /**
     * The one-sample t-test of the hypothesis that {@code sample} comes from a population with mean
     * {@code populationMean}, as {@code scipy.stats.ttest_1samp}: t = (mean - μ0) / (s / √n) with s the
     * sample standard deviation (n - 1 in the denominator), n - 1 degrees of freedom, and a two-sided
     * p-value from Commons Math's t distribution. A constant sample gives an infinite statistic and
     * p-value 0 (or NaN for both when its mean equals μ0), as scipy. The statistic does not change when the sample
     * and μ0 are multiplied by a power of two, so values whose squares would overflow or underflow are taken scaled
     * by one (see {@link BinaryScale}): {1e300, -1e300, 1e300} gives t = 0.5, where the overflowing variance gives
     * scipy t = 0.
     *
     * @param sample         the observations, at least two, not modified
     * @param populationMean μ0, the mean under the null hypothesis
     * @return the statistic, its degrees of freedom and the two-sided p-value
     * @throws IllegalArgumentException if the sample has fewer than two values or holds a NaN (a missing value;
     *                                  drop missing values first)
     */
    public static TTest oneSample(double[] sample, double populationMean) {
        return oneSample(Checks.notNull(sample, "sample"), populationMean, "sample");
    }

    /**
     * The one-sample t-test of the present values of numeric column {@code column} of {@code table}, as
     * {@link #oneSample(double[], double)} on them (missing values skipped, as {@code scipy.stats.ttest_1samp} with
     * {@code nan_policy="omit"}).
     *
     * @param table          the table holding the sample, not modified
     * @param column         the exact name of the numeric column
     * @param populationMean μ0, the mean under the null hypothesis
     * @return the statistic, its degrees of freedom and the two-sided p-value
     * @throws IllegalArgumentException if the column is missing or not numeric, or has fewer than two present values,
     *                                  naming it
     */
    public static TTest oneSample(Table table, String column, double populationMean) {
        return oneSample(Columns.presentValues(Checks.notNull(table, "table"), column), populationMean,
                "column '" + column + "'");
    }

    private static TTest oneSample(double[] sample, double populationMean, String what) {
        if (sample.length < 2) {
            throw new IllegalArgumentException("TTest: a one-sample t-test needs at least 2 values, " + what + " has "
                    + sample.length);
        }
        for (int i = 0; i < sample.length; i++) {
            if (Double.isNaN(sample[i])) {
                throw new IllegalArgumentException("TTest: " + what + " holds NaN (a missing value) at index " + i
                        + "; drop missing values before the t-test");
            }
        }
        if (Double.isNaN(populationMean)) {
            throw new IllegalArgumentException("populationMean must be a number, found NaN");
        }
        int n = sample.length;
        double hypothesis = Double.isInfinite(populationMean) ? 0 : Math.abs(populationMean);
        BinaryScale scale = BinaryScale.of(Math.max(BinaryScale.maxAbs(sample), hypothesis), 2);
        double[] scaled = scale.apply(sample);
        double standardError = Math.sqrt(StatUtils.variance(scaled) / n);
        double statistic = (StatUtils.mean(scaled) - scale.apply(populationMean)) / standardError;
        double degreesOfFreedom = n - 1;
        double pValue = 2 * new TDistribution(degreesOfFreedom).cumulativeProbability(-Math.abs(statistic));
        return new TTest(statistic, degreesOfFreedom, pValue);
    }
}
