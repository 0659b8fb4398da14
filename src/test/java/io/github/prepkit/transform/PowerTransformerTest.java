package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PowerTransformerTest {

    /** A right-skewed positive column, a mixed-sign one with a gap, a constant one and a text column. */
    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("skewed", new double[] {0.5, 0.8, 1.1, 1.3, 2.0, 2.9, 4.5, 8.0, 15.0, 40.0}),
                DoubleColumn.create("signed", new double[] {-3, -1.5, -0.2, 0, Double.NaN, 0.4, 1.1, 2.5, 3.0, 9.0}),
                DoubleColumn.create("constant", new double[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}),
                StringColumn.create("label", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
    }

    @Test
    void defaultsAreScikitLearns() {
        PowerTransformer power = new PowerTransformer();
        assertEquals(PowerTransformer.Method.YEO_JOHNSON, power.method());
        assertTrue(power.standardize());
        assertEquals(List.of(), power.columns());
    }

    @Test
    void fluentMethodsReturnModifiedCopies() {
        PowerTransformer power = new PowerTransformer();
        PowerTransformer changed = power.method(PowerTransformer.Method.BOX_COX).standardize(false).columns("a", "b");
        assertEquals(new PowerTransformer(PowerTransformer.Method.BOX_COX, false, List.of("a", "b")), changed);
        assertEquals(new PowerTransformer(), power);
    }

    @Test
    void aNullMethodOrColumnIsRefusedNamingIt() {
        assertRejected(() -> new PowerTransformer().method(null), "method");
        assertRejected(() -> new PowerTransformer().columns("a", null), "columns");
    }

    @Test
    void standardizedOutputHasZeroMeanAndUnitVarianceAndKeepsMissingValues() {
        Table out = new PowerTransformer().fitTransform(table());
        for (String name : List.of("skewed", "signed")) {
            double[] values = out.doubleColumn(name).removeMissing().asDoubleArray();
            double mean = java.util.Arrays.stream(values).average().orElseThrow();
            double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
            assertEquals(0, mean, 1e-12, name);
            assertEquals(1, variance, 1e-12, name);
        }
        assertTrue(out.doubleColumn("signed").isMissing(4));
        assertEquals(table().stringColumn("label").asList(), out.stringColumn("label").asList());
    }

    @Test
    void aColumnWithoutSpreadGetsLambdaOneAndBecomesZeros() {
        PowerTransformerModel model = new PowerTransformer().fit(table());
        assertEquals(1, model.lambdas()[2]);
        assertArrayEquals(new double[10], model.transform(table()).doubleColumn("constant").asDoubleArray());
        Table raw = new PowerTransformer().standardize(false).fitTransform(table());
        // Yeo-Johnson at lambda 1 is the identity
        assertArrayEquals(table().doubleColumn("constant").asDoubleArray(),
                raw.doubleColumn("constant").asDoubleArray(), 1e-15);
    }

    @Test
    void withoutStandardizeTheOutputIsThePowerTransformItself() {
        PowerTransformerModel model = new PowerTransformer().standardize(false).fit(table());
        double lambda = model.lambdas()[0];
        double[] out = model.transform(table()).doubleColumn("skewed").asDoubleArray();
        double[] in = table().doubleColumn("skewed").asDoubleArray();
        for (int i = 0; i < in.length; i++) {
            assertEquals((Math.pow(in[i] + 1, lambda) - 1) / lambda, out[i], 1e-12);
        }
        assertArrayEquals(new double[] {0, 0, 0}, model.mean());
        assertArrayEquals(new double[] {1, 1, 1}, model.scale());
    }

    @Test
    void theLambdaMaximisesTheLikelihood() {
        double[] values = table().doubleColumn("skewed").asDoubleArray();
        double best = PowerFunctions.yeoJohnsonLambda(values);
        double atBest = yeoJohnsonLogLikelihood(values, best);
        for (double step : new double[] {-1e-3, 1e-3, -0.1, 0.1}) {
            assertTrue(yeoJohnsonLogLikelihood(values, best + step) < atBest, "step " + step);
        }
    }

    /** Yeo-Johnson's log-likelihood written out: -n/2 log(variance) + (lambda - 1) sum sign(x) log(|x| + 1). */
    private static double yeoJohnsonLogLikelihood(double[] x, double lambda) {
        double[] y = java.util.Arrays.stream(x).map(v -> PowerFunctions.yeoJohnson(v, lambda)).toArray();
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double variance = java.util.Arrays.stream(y).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        double sum = java.util.Arrays.stream(x).map(v -> Math.signum(v) * Math.log1p(Math.abs(v))).sum();
        return -x.length / 2.0 * Math.log(variance) + (lambda - 1) * sum;
    }

    @Test
    void boxCoxRefusesANonPositiveValueNamingTheColumnAndTheValue() {
        assertRejected(() -> new PowerTransformer().method(PowerTransformer.Method.BOX_COX).fit(table()),
                "PowerTransformer", "'signed'", "-3.0", "row 0", "strictly positive");
        PowerTransformerModel model = new PowerTransformer().method(PowerTransformer.Method.BOX_COX).columns("skewed")
                .fit(table());
        Table later = table();
        later.doubleColumn("skewed").set(3, 0.0);
        assertRejected(() -> model.transform(later), "PowerTransformerModel.transform", "'skewed'", "0.0", "row 3");
    }

    @Test
    void columnsNarrowsTheTransformAndOthersPassThrough() {
        Table out = new PowerTransformer().columns("skewed").fitTransform(table());
        assertArrayEquals(table().doubleColumn("signed").asDoubleArray(), out.doubleColumn("signed").asDoubleArray());
        assertEquals(List.of("skewed", "signed", "constant", "label"), out.columnNames());
    }

    @Test
    void fitTransformIsFitThenTransformAndLeavesTheInputAlone() {
        PowerTransformer power = new PowerTransformer().method(PowerTransformer.Method.YEO_JOHNSON);
        assertTableIdentical(power.fit(table()).transform(table()), power.fitTransform(table()));
        assertInputUnchanged(table(), power::fit, power::fitTransform);
    }

    @Test
    void anEmptyTableAndAnInfiniteValueAreRefused() {
        assertRejected(() -> new PowerTransformer().fit(table().emptyCopy()), "PowerTransformer", "empty");
        Table infinite = table();
        infinite.doubleColumn("signed").set(2, Double.POSITIVE_INFINITY);
        assertRejected(() -> new PowerTransformer().fit(infinite), "PowerTransformer", "'signed'", "row 2");
    }
}
