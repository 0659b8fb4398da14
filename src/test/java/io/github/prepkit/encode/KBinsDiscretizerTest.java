package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.encode.KBinsDiscretizer.Encode;
import io.github.prepkit.encode.KBinsDiscretizer.Strategy;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class KBinsDiscretizerTest {

    /** x 0..9 (ten rows), y 0, 10, 20, ... 90, a label column. */
    static Table table() {
        return Table.create("t",
                DoubleColumn.create("x", IntStream.range(0, 10).asDoubleStream().toArray()),
                StringColumn.create("label", "a", "b", "a", "b", "a", "b", "a", "b", "a", "b"),
                IntColumn.create("y", IntStream.range(0, 10).map(i -> 10 * i).toArray()));
    }

    @Test
    void defaultsAreScikitLearnsAndCopiesChangeOneParameter() {
        KBinsDiscretizer defaults = new KBinsDiscretizer();
        assertEquals(5, defaults.nBins());
        assertEquals(Map.of(), defaults.nBinsPerColumn());
        assertEquals(Encode.ONEHOT, defaults.encode());
        assertEquals(Strategy.QUANTILE, defaults.strategy());
        assertEquals(OptionalInt.empty(), defaults.subsample());
        assertEquals(0, defaults.seed());
        assertEquals(List.of(), defaults.columns());
        KBinsDiscretizer changed = defaults.nBins(3).nBins("x", 4).encode(Encode.ORDINAL).subsample(100).seed(7)
                .columns("x");
        assertEquals(new KBinsDiscretizer(3, Map.of("x", 4), Encode.ORDINAL, Strategy.QUANTILE, OptionalInt.of(100), 7,
                List.of("x")), changed);
        assertEquals(4, changed.nBins("x"));
        assertEquals(3, changed.nBins("y"));
        assertEquals(new KBinsDiscretizer(), defaults, "the receiver is unchanged");
    }

    @Test
    void invalidParametersFailNamingThem() {
        assertRejected(() -> new KBinsDiscretizer().nBins(1), "nBins must be at least 2, found 1");
        assertRejected(() -> new KBinsDiscretizer().nBins("x", 0), "nBinsPerColumn of column 'x' must be at least 2");
        assertRejected(() -> new KBinsDiscretizer().subsample(0), "subsample must be at least 1");
        assertRejected(() -> new KBinsDiscretizer().strategy(Strategy.UNIFORM).subsample(10),
                "subsample is used with strategy QUANTILE only");
        assertRejected(() -> new KBinsDiscretizer().subsample(10).strategy(Strategy.KMEANS), "subsample");
        assertRejected(() -> new KBinsDiscretizer().columns("x", "x"), "'x'");
    }

    @Test
    void bothNumericColumnsAreBinnedInPlaceByDefault() {
        Table binned = new KBinsDiscretizer().nBins(2).strategy(Strategy.UNIFORM).fitTransform(table());
        assertEquals(List.of("x_0", "x_1", "label", "y_0", "y_1"), binned.columnNames());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 0, 0, 0, 0, 0}, binned.intColumn("x_0").asIntArray(),
                "edges 0, 4.5, 9");
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1}, binned.intColumn("y_1").asIntArray());
        assertEquals(table().stringColumn("label").asList(), binned.stringColumn("label").asList());
    }

    @Test
    void perColumnBinsOverrideTheDefault() {
        KBinsDiscretizerModel model = new KBinsDiscretizer().nBins(2).nBins("y", 5).strategy(Strategy.UNIFORM)
                .encode(Encode.ORDINAL).fit(table());
        assertArrayEquals(new int[] {2, 5}, model.nBins());
        assertArrayEquals(new double[] {0, 18, 36, 54, 72, 90}, model.binEdges("y"), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4}, model.transform(table()).doubleColumn("y")
                .asDoubleArray());
        assertRejected(() -> new KBinsDiscretizer().nBins("label", 3).fit(table()),
                "nBinsPerColumn names column 'label', which is not binned");
    }

    @Test
    void missingAndInfiniteValuesAreRefusedNamingColumnAndRow() {
        Table missing = table();
        missing.doubleColumn("x").setMissing(3);
        assertRejected(() -> new KBinsDiscretizer().fit(missing), "KBinsDiscretizer: column 'x' has a missing value"
                + " in row 3", "impute");
        Table infinite = table();
        infinite.doubleColumn("x").set(6, Double.POSITIVE_INFINITY);
        assertRejected(() -> new KBinsDiscretizer().fit(infinite), "column 'x' has an infinite value in row 6");
        assertRejected(() -> new KBinsDiscretizer().fit(table().emptyCopy()), "empty");
        assertRejected(() -> new KBinsDiscretizer().columns("label").fit(table()), "'label'");
    }

    @Test
    void aSubsampleAboveTheRowsChangesNothingAndOneBelowIsSeeded() {
        Table data = Table.create("d", DoubleColumn.create("v", IntStream.range(0, 1000).mapToDouble(i -> i * i % 997)
                .toArray()));
        KBinsDiscretizer quantile = new KBinsDiscretizer().nBins(4);
        assertArrayEquals(quantile.fit(data).binEdges("v"), quantile.subsample(1000).fit(data).binEdges("v"));
        double[] sampled = quantile.subsample(50).seed(1).fit(data).binEdges("v");
        assertArrayEquals(sampled, quantile.subsample(50).seed(1).fit(data).binEdges("v"), "the same seed, the same draw");
        assertNotEquals(quantile.fit(data).binEdges("v")[2], sampled[2], "the median of 50 rows, not of 1000");
        assertNotEquals(sampled[2], quantile.subsample(50).seed(2).fit(data).binEdges("v")[2], "another seed");
        assertTrue(sampled[0] >= 0 && sampled[4] <= 996);
    }

    @Test
    void aDummyNameTakenByAColumnFailsAtFit() {
        Table taken = table().addColumns(IntColumn.create("X_1", new int[10]));
        assertRejected(() -> new KBinsDiscretizer().columns("x").nBins(2).fit(taken), "'x_1'", "'X_1'");
        new KBinsDiscretizer().columns("x").nBins(2).encode(Encode.ORDINAL).fit(taken);
    }

    @Test
    void fitDoesNotModifyTheTable() {
        Table data = table();
        new KBinsDiscretizer().fitTransform(data);
        assertEquals(List.of("x", "label", "y"), data.columnNames());
        assertArrayEquals(table().doubleColumn("x").asDoubleArray(), data.doubleColumn("x").asDoubleArray());
    }
}
