package io.github.prepkit.stats;

import static io.github.prepkit.reference.Tolerance.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.ReferenceCase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class TTestTest {

    @Test
    void matchesScipyTtest1samp() {
        ReferenceCase reference = ReferenceCase.of("stats/ttest_1samp");
        Map<String, Object> params = reference.params();
        Map<?, ?> expected = (Map<?, ?>) reference.expectedJson();
        double[] sample = reference.input().numberColumn((String) params.get("column")).asDoubleArray();

        TTest test = TTest.oneSample(sample, ((Number) params.get("popmean")).doubleValue());

        assertClose(((Number) expected.get("statistic")).doubleValue(), test.statistic(), 1e-9, "statistic");
        assertClose(((Number) expected.get("df")).doubleValue(), test.degreesOfFreedom(), 1e-9, "df");
        assertClose(((Number) expected.get("pvalue")).doubleValue(), test.pValue(), 1e-9, "pvalue");
    }

    @Test
    void oneDegreeOfFreedomIsTheCauchyDistribution() {
        // {0, 2} against 0: mean 1, s = sqrt(2), t = 1 / (sqrt(2) / sqrt(2)) = 1; P(|T| > 1) = 1 - (2 / pi) atan(1) = 0.5
        TTest test = TTest.oneSample(new double[] {0, 2}, 0);
        assertEquals(1.0, test.statistic(), 1e-12);
        assertEquals(1.0, test.degreesOfFreedom());
        assertEquals(0.5, test.pValue(), 1e-12);
    }

    @Test
    void twoDegreesOfFreedomHaveAClosedFormTail() {
        // {0, 1, 2} against 0: t = 1 / (1 / sqrt(3)) = sqrt(3); with 2 df, P(|T| > t) = 1 - t / sqrt(2 + t^2)
        TTest test = TTest.oneSample(new double[] {0, 1, 2}, 0);
        double t = Math.sqrt(3);
        assertEquals(t, test.statistic(), 1e-12);
        assertEquals(1 - t / Math.sqrt(2 + t * t), test.pValue(), 1e-12);
    }

    @Test
    void meanBelowTheHypothesisGivesANegativeStatisticAndTheSamePValue() {
        TTest above = TTest.oneSample(new double[] {0, 1, 2}, 0);
        TTest below = TTest.oneSample(new double[] {0, -1, -2}, 0);
        assertEquals(-above.statistic(), below.statistic(), 1e-12);
        assertEquals(above.pValue(), below.pValue(), 1e-12);
    }

    @Test
    void constantSampleGivesAnInfiniteStatisticAsScipy() {
        TTest test = TTest.oneSample(new double[] {3, 3, 3}, 2);
        assertEquals(Double.POSITIVE_INFINITY, test.statistic());
        assertEquals(0.0, test.pValue());
        assertTrue(Double.isNaN(TTest.oneSample(new double[] {3, 3, 3}, 3).statistic()));
    }

    @Test
    void tooFewValuesOrAMissingValueFailClearly() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> TTest.oneSample(new double[] {1}, 0));
        assertEquals("TTest: a one-sample t-test needs at least 2 values, sample has 1", one.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TTest.oneSample(new double[] {1, Double.NaN, 2}, 0));
        assertEquals("TTest: sample holds NaN (a missing value) at index 1; drop missing values before the t-test",
                nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TTest.oneSample(new double[] {1, 2}, Double.NaN));
    }

    @Test
    void aColumnIsTestedOnItsPresentValuesAndNamedWhenItHasTooFew() {
        Table table = Table.create("t", DoubleColumn.create("var", 1, Double.NaN, 2, 4));
        assertEquals(TTest.oneSample(new double[] {1, 2, 4}, 1), TTest.oneSample(table, "var", 1));
        Table one = Table.create("t", DoubleColumn.create("var", 5, Double.NaN));
        assertEquals("TTest: a one-sample t-test needs at least 2 values, column 'var' has 1",
                assertThrows(IllegalArgumentException.class, () -> TTest.oneSample(one, "var", 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> TTest.oneSample(table, "other", 0));
    }

    @Test
    void hugeSamplesGiveTheStatisticOfTheSameSampleAtAnOrdinaryMagnitude() {
        // scipy's variance of {1e300, -1e300, 1e300} overflows to infinity and its t to 0; exactly, t = 0.5
        TTest huge = TTest.oneSample(new double[] {1e300, -1e300, 1e300}, 0);
        assertEquals(0.5, huge.statistic(), 1e-14);
        TTest ordinary = TTest.oneSample(new double[] {1, -1, 1}, 0);
        assertEquals(ordinary.pValue(), huge.pValue(), 1e-14);
        for (int exponent : new int[] {996, -996, -664, -1060}) {
            double[] sample = {Math.scalb(1.5, exponent), Math.scalb(-0.25, exponent), Math.scalb(1.0, exponent),
                    Math.scalb(0.75, exponent)};
            TTest scaled = TTest.oneSample(sample, Math.scalb(0.125, exponent));
            TTest base = TTest.oneSample(new double[] {1.5, -0.25, 1, 0.75}, 0.125);
            assertEquals(base.statistic(), scaled.statistic(), "at 2^" + exponent);
            assertEquals(base.pValue(), scaled.pValue(), "at 2^" + exponent);
        }
        assertEquals(Double.NEGATIVE_INFINITY, TTest.oneSample(new double[] {1e300, 2e300}, Double.POSITIVE_INFINITY)
                .statistic());
    }
}
