package io.github.prepkit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected values from scikit-learn 1.2.1's docstrings and calls on the same inputs (written next to each). */
class RankingMetricsTest {

    private static final IntColumn ONE_TWO = IntColumn.create("y", 1, 1, 2, 2);
    private static final IntColumn ZERO_ONE = IntColumn.create("y", 0, 0, 1, 1);
    private static final double[] SCORES = {0.1, 0.4, 0.35, 0.8};

    @Test
    void rocCurveMatchesScikitLearnsDocstring() {
        // roc_curve([1, 1, 2, 2], [0.1, 0.4, 0.35, 0.8], pos_label=2)
        RocCurve curve = RankingMetrics.rocCurve(ONE_TWO, SCORES, 2);
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, curve.fpr());
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, curve.tpr());
        assertArrayEquals(new double[] {1.8, 0.8, 0.4, 0.35, 0.1}, curve.thresholds(), 1e-15);
        assertEquals(0.75, curve.area(), 1e-15);
        assertEquals(curve, RankingMetrics.rocCurve(ONE_TWO, SCORES), "the greater class by default");
        assertEquals(ProbabilityMetrics.rocAuc(ONE_TWO, SCORES), curve.area(), 1e-15);
    }

    @Test
    void dropIntermediateRemovesOnlyCollinearPoints() {
        IntColumn yTrue = IntColumn.create("y", 0, 0, 0, 1, 1, 1);
        double[] scores = {0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
        RocCurve all = RankingMetrics.rocCurve(yTrue, scores, 1, false);
        assertEquals(7, all.fpr().length);
        RocCurve dropped = RankingMetrics.rocCurve(yTrue, scores);
        // (0,0) start, the corner (0,1) and the end (1,1); the steps up and right in between are collinear
        assertArrayEquals(new double[] {0, 0, 0, 1}, dropped.fpr());
        assertArrayEquals(new double[] {0, 1.0 / 3, 1, 1}, dropped.tpr(), 1e-15);
        assertEquals(all.area(), dropped.area(), 1e-15);
    }

    @Test
    void precisionRecallCurveKeepsEveryThresholdAndEndsAtRecallZero() {
        // precision_recall_curve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])
        PrecisionRecallCurve curve = RankingMetrics.precisionRecallCurve(ZERO_ONE, SCORES);
        assertArrayEquals(new double[] {0.5, 2.0 / 3, 0.5, 1, 1}, curve.precision(), 1e-15);
        assertArrayEquals(new double[] {1, 1, 0.5, 0.5, 0}, curve.recall());
        assertArrayEquals(new double[] {0.1, 0.35, 0.4, 0.8}, curve.thresholds());
        // average_precision_score: 0.8333333333333333
        assertEquals(0.8333333333333333, RankingMetrics.averagePrecision(ZERO_ONE, SCORES), 1e-15);
        assertEquals(0.8333333333333333, curve.averagePrecision(), 1e-15);
    }

    @Test
    void stringLabelsTakeTheGreaterClassOrTheOneGiven() {
        StringColumn yTrue = StringColumn.create("y", "no", "no", "yes", "yes");
        assertEquals(RankingMetrics.rocCurve(ZERO_ONE, SCORES), RankingMetrics.rocCurve(yTrue, SCORES));
        assertEquals(RankingMetrics.rocCurve(ZERO_ONE, SCORES, 0), RankingMetrics.rocCurve(yTrue, SCORES, "no"));
        assertEquals(RankingMetrics.averagePrecision(ZERO_ONE, SCORES, 0),
                RankingMetrics.averagePrecision(yTrue, SCORES, "no"), 1e-15);
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(ZERO_ONE, SCORES, "1"));
        assertTrue(number.getMessage().contains("must be a number"), number.getMessage());
        assertEquals(RankingMetrics.rocCurve(ZERO_ONE, SCORES, 1), RankingMetrics.rocCurve(ZERO_ONE, SCORES, 1.0),
                "compared by value");
    }

    @Test
    void aProbabilityTableIsReadByTheColumnOfThePositiveClass() {
        StringColumn yTrue = StringColumn.create("y", "no", "no", "yes", "yes");
        double[] complement = {0.9, 0.6, 0.65, 0.2};
        Table probabilities = Table.create("p", DoubleColumn.create("no", complement), DoubleColumn.create("yes", SCORES));
        assertEquals(RankingMetrics.rocCurve(yTrue, SCORES), RankingMetrics.rocCurve(yTrue, probabilities));
        assertEquals(RankingMetrics.rocCurve(yTrue, complement, "no"), RankingMetrics.rocCurve(yTrue, probabilities, "no"));
        assertEquals(RankingMetrics.precisionRecallCurve(yTrue, SCORES),
                RankingMetrics.precisionRecallCurve(yTrue, probabilities));
        assertEquals(RankingMetrics.precisionRecallCurve(yTrue, complement, "no"),
                RankingMetrics.precisionRecallCurve(yTrue, probabilities, "no"));
        assertEquals(RankingMetrics.averagePrecision(yTrue, SCORES), RankingMetrics.averagePrecision(yTrue, probabilities));
        assertEquals(RankingMetrics.averagePrecision(yTrue, complement, "no"),
                RankingMetrics.averagePrecision(yTrue, probabilities, "no"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(yTrue, probabilities.selectColumns("no")));
        assertTrue(missing.getMessage().contains("no column for class 'yes'"), missing.getMessage());
    }

    @Test
    void aSingleClassGivesNanRatesOrFullRecallAsScikitLearn() {
        IntColumn zeros = IntColumn.create("y", 0, 0, 0);
        double[] scores = {0.2, 0.5, 0.5};
        RocCurve noPositive = RankingMetrics.rocCurve(zeros, scores);
        assertTrue(Double.isNaN(noPositive.tpr()[1]) && !noPositive.defined());
        assertArrayEquals(new double[] {0, 2.0 / 3, 1}, noPositive.fpr(), 1e-15);
        RocCurve noNegative = RankingMetrics.rocCurve(IntColumn.create("y", 1, 1, 1), scores);
        assertTrue(Double.isNaN(noNegative.fpr()[0]));
        PrecisionRecallCurve pr = RankingMetrics.precisionRecallCurve(zeros, scores);
        assertArrayEquals(new double[] {1, 1, 0}, pr.recall());
        assertArrayEquals(new double[] {0, 0, 1}, pr.precision());
        assertEquals(0.0, RankingMetrics.averagePrecision(zeros, scores), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(StringColumn.create("y", "a", "a", "a"), scores),
                "one class of text: which one is positive must be said");
    }

    @Test
    void moreThanTwoClassesNeedAPositiveLabelAndAveragePrecisionRefusesThem() {
        IntColumn three = IntColumn.create("y", 0, 1, 2, 2);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(three, SCORES));
        assertTrue(none.getMessage().contains("3 classes"), none.getMessage());
        RocCurve oneVsRest = RankingMetrics.rocCurve(three, SCORES, 2);
        assertEquals(RankingMetrics.rocCurve(IntColumn.create("y", 0, 0, 1, 1), SCORES), oneVsRest);
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.averagePrecision(three, SCORES, 2));
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.averagePrecision(ZERO_ONE, SCORES, 7));
        assertTrue(absent.getMessage().contains("neither of the two classes"), absent.getMessage());
        assertTrue(Double.isNaN(RankingMetrics.rocCurve(ZERO_ONE, SCORES, 7).tpr()[0]), "an absent label: no positive");
    }

    @Test
    void badScoresFailNamingTheArgument() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] scores = {0.1, bad, 0.3, 0.4};
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RankingMetrics.rocCurve(ZERO_ONE, scores));
            assertTrue(e.getMessage().startsWith("scores must be finite") && e.getMessage().contains("index 1"),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> RankingMetrics.precisionRecallCurve(ZERO_ONE, scores));
            assertThrows(IllegalArgumentException.class, () -> RankingMetrics.averagePrecision(ZERO_ONE, scores));
            Table table = Table.create("p", DoubleColumn.create("1", scores));
            IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                    () -> RankingMetrics.rocCurve(ZERO_ONE, table));
            assertTrue(column.getMessage().contains("probabilities column '1'"), column.getMessage());
        }
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(ZERO_ONE, new double[] {0.1, 0.2}));
        assertEquals("yTrue has 4 values but scores has 2: they must have one value per row", length.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(IntColumn.create("y"), new double[0]), "empty");
        IntColumn missing = IntColumn.create("y", 0, 1, 1, 0);
        missing.setMissing(2);
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.rocCurve(missing, SCORES));
        assertThrows(IllegalArgumentException.class,
                () -> RankingMetrics.rocCurve(DoubleColumn.create("y", 0, 0.5, 1, 1), SCORES), "continuous labels");
    }

    @Test
    void extremeAndSignedZeroScoresRankAsNumbers() {
        IntColumn yTrue = IntColumn.create("y", 0, 1, 0, 1);
        double[] scores = {-1e300, 1e300, -0.0, 0.0};
        RocCurve curve = RankingMetrics.rocCurve(yTrue, scores, 1, false);
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, curve.fpr());
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, curve.tpr());
        assertEquals(1e300, curve.thresholds()[0]);
        assertEquals(0.875, curve.area(), 1e-15, "a trapezoid through the tie at 0: (0.5 + 1) / 4 + 0.5");
    }
}
