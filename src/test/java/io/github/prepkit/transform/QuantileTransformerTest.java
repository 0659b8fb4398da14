package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class QuantileTransformerTest {

    private static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", new double[] {5, 1, 4, 2, 3}),
                DoubleColumn.create("ties", new double[] {1, 1, 1, 2, Double.NaN}),
                StringColumn.create("label", "a", "b", "c", "d", "e"));
    }

    @Test
    void defaultsAreScikitLearns() {
        QuantileTransformer quantile = new QuantileTransformer();
        assertEquals(1000, quantile.nQuantiles());
        assertEquals(QuantileTransformer.OutputDistribution.UNIFORM, quantile.outputDistribution());
        assertEquals(10_000, quantile.subsample());
        assertEquals(0, quantile.seed());
        assertEquals(List.of(), quantile.columns());
    }

    @Test
    void fluentMethodsReturnModifiedCopies() {
        QuantileTransformer changed = new QuantileTransformer().nQuantiles(20)
                .outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).subsample(500).seed(9).columns("x");
        assertEquals(new QuantileTransformer(20, QuantileTransformer.OutputDistribution.NORMAL, 500, 9, List.of("x")),
                changed);
        assertEquals(new QuantileTransformer(), new QuantileTransformer().seed(0));
    }

    @Test
    void invalidParametersAreRefusedNamingThem() {
        assertRejected(() -> new QuantileTransformer().nQuantiles(0), "nQuantiles", "0");
        assertRejected(() -> new QuantileTransformer().subsample(0), "subsample");
        assertRejected(() -> new QuantileTransformer().subsample(999), "nQuantiles", "subsample", "999");
        assertRejected(() -> new QuantileTransformer().outputDistribution(null), "outputDistribution");
    }

    @Test
    void fiveDistinctValuesMapToTheirRanksOverFour() {
        // five quantiles (capped at the five rows) of 1..5 are the values themselves, at 0, 1/4, ..., 1
        QuantileTransformerModel model = new QuantileTransformer().fit(table());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, model.quantiles()[0]);
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, model.references());
        assertArrayEquals(new double[] {1, 0, 0.75, 0.25, 0.5},
                model.transform(table()).doubleColumn("x").asDoubleArray(), 1e-15);
        // between quantiles by linear interpolation, outside them at the bounds
        Table later = Table.create("later", DoubleColumn.create("x", new double[] {2.5, 0, 9}),
                DoubleColumn.create("ties", new double[] {1, 1, 1}), StringColumn.create("label", "", "", ""));
        assertArrayEquals(new double[] {0.375, 0, 1}, model.transform(later).doubleColumn("x").asDoubleArray(), 1e-15);
    }

    @Test
    void repeatedQuantilesMapToTheMiddleOfTheirRun() {
        // the present values 1, 1, 1, 2 have quantiles 1, 1, 1, 1.25, 2 at 0, 1/4, ..., 1; 1 is the lower bound, which
        // scikit-learn's mask sets to 0; 1.125, halfway from 1 to 1.25, maps halfway from 1/2 to 3/4 both ways
        QuantileTransformerModel model = new QuantileTransformer().fit(table());
        assertArrayEquals(new double[] {1, 1, 1, 1.25, 2}, model.quantiles()[1]);
        Table out = model.transform(table());
        assertEquals(0, out.doubleColumn("ties").get(0));
        assertTrue(out.doubleColumn("ties").isMissing(4));
        Table later = Table.create("later", DoubleColumn.create("x", new double[] {3}),
                DoubleColumn.create("ties", new double[] {1.125}), StringColumn.create("label", ""));
        assertEquals(0.625, model.transform(later).doubleColumn("ties").get(0), 1e-15);
    }

    @Test
    void aRunInsideTheRangeMapsToItsMiddle() {
        // values 0, 1, 1, 1, 2: quantiles 0, 1, 1, 1, 2; upward interp of 1 gives 0.75, downward 0.25: the mean, 0.5
        Table data = Table.create("d", DoubleColumn.create("v", new double[] {0, 1, 1, 1, 2}));
        Table out = new QuantileTransformer().fitTransform(data);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0.5, 1}, out.doubleColumn("v").asDoubleArray(), 1e-15);
    }

    @Test
    void theNormalOutputIsTheNormalQuantileClippedNearFivePointTwo() {
        QuantileTransformerModel model = new QuantileTransformer()
                .outputDistribution(QuantileTransformer.OutputDistribution.NORMAL).fit(table());
        double[] out = model.transform(table()).doubleColumn("x").asDoubleArray();
        assertEquals(0, out[4], 1e-15);
        assertEquals(NormalScores.quantile(0.75), out[2], 1e-15);
        assertEquals(-5.199337582605575, out[1], 1e-14);
        assertEquals(5.19933758270342, out[0], 1e-14);
    }

    @Test
    void theSubsampleIsSeededAndDrawnFromTheColumn() {
        SplittableRandom random = new SplittableRandom(1);
        double[] values = random.doubles(3000).map(v -> Math.exp(3 * v)).toArray();
        Table data = Table.create("d", DoubleColumn.create("v", values));
        QuantileTransformer quantile = new QuantileTransformer().nQuantiles(100).subsample(500);
        double[] first = quantile.seed(3).fit(data).quantiles()[0];
        assertArrayEquals(first, quantile.seed(3).fit(data).quantiles()[0]);
        assertFalse(Arrays.equals(first, quantile.seed(4).fit(data).quantiles()[0]));
        assertFalse(Arrays.equals(first, quantile.subsample(3000).fit(data).quantiles()[0]));
        // the ends of a subsample's quantiles are values of the column
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        assertTrue(Arrays.binarySearch(sorted, first[0]) >= 0 && Arrays.binarySearch(sorted, first[99]) >= 0);
    }

    @Test
    void nQuantilesIsCappedAtTheRows() {
        assertEquals(5, new QuantileTransformer().fit(table()).references().length);
        assertEquals(3, new QuantileTransformer().nQuantiles(3).fit(table()).references().length);
    }

    @Test
    void columnsNarrowsTheTransformAndTheInputIsLeftAlone() {
        QuantileTransformer quantile = new QuantileTransformer().columns("ties");
        Table out = quantile.fitTransform(table());
        assertArrayEquals(table().doubleColumn("x").asDoubleArray(), out.doubleColumn("x").asDoubleArray());
        assertTableIdentical(quantile.fit(table()).transform(table()), out);
        assertInputUnchanged(table(), quantile::fit, quantile::fitTransform);
    }

    @Test
    void anEmptyTableAndAnInfiniteValueAreRefused() {
        assertRejected(() -> new QuantileTransformer().fit(table().emptyCopy()), "QuantileTransformer", "empty");
        Table infinite = table();
        infinite.doubleColumn("x").set(2, Double.NEGATIVE_INFINITY);
        assertRejected(() -> new QuantileTransformer().fit(infinite), "QuantileTransformer", "'x'", "row 2");
    }
}
