package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class CrossValidationResultTest {

    /** Three folds scoring 0.5, 0.75 and 1 (mean 0.75), fitted in 2, 4 and 6 seconds, scored in 0.1, 0.2, 0.3. */
    private static CrossValidationResult threeFolds() {
        return new CrossValidationResult("accuracy", new FoldScore[] {
            new FoldScore(0.5, 2, 0.1, null), new FoldScore(0.75, 4, 0.2, null), new FoldScore(1, 6, 0.3, null)});
    }

    @Test
    void accessorsGiveTheScoringAndEachFoldsNumbersInFoldOrder() {
        CrossValidationResult result = threeFolds();
        assertEquals("accuracy", result.scoring());
        assertArrayEquals(new double[] {0.5, 0.75, 1}, result.testScores());
        assertArrayEquals(new double[] {2, 4, 6}, result.fitTimes());
        assertArrayEquals(new double[] {0.1, 0.2, 0.3}, result.scoreTimes());
    }

    @Test
    void returnedArraysAreCopies() {
        CrossValidationResult result = threeFolds();
        result.testScores()[0] = 0;
        result.fitTimes()[0] = 0;
        result.scoreTimes()[0] = 0;
        assertEquals(0.5, result.testScores()[0]);
        assertEquals(2, result.fitTimes()[0]);
        assertEquals(0.1, result.scoreTimes()[0]);
        assertEquals(0.75, result.mean(), "the mean is not moved by a caller's change either");
    }

    @Test
    void meanAndStdAreNumpysWithTheFoldCountInTheDenominator() {
        // numpy: np.mean([0.5, 0.75, 1]) = 0.75, np.std([0.5, 0.75, 1]) = sqrt((0.0625 + 0 + 0.0625) / 3)
        // = 0.20412414523193154
        CrossValidationResult result = threeFolds();
        assertEquals(0.75, result.mean(), 1e-15);
        assertEquals(0.20412414523193154, result.std(), 1e-15);
    }

    @Test
    void oneFoldHasNoSpread() {
        CrossValidationResult one = new CrossValidationResult("r2", new FoldScore[] {new FoldScore(0.4, 1, 1, null)});
        assertEquals(0.4, one.mean());
        assertEquals(0, one.std());
    }

    @Test
    void aFailedFoldMakesMeanAndStdNaNButKeepsTheOtherScores() {
        CrossValidationResult result = new CrossValidationResult("f1", new FoldScore[] {
            new FoldScore(0.9, 1, 0.5, null), new FoldScore(Double.NaN, 1, 0, new IllegalStateException("broken"))});
        assertArrayEquals(new double[] {0.9, Double.NaN}, result.testScores());
        assertTrue(Double.isNaN(result.mean()));
        assertTrue(Double.isNaN(result.std()));
        assertEquals("f1 NaN +/- NaN over 2 folds", result.toString());
        assertTrue(result.table().doubleColumn("test_score").isMissing(1));
    }

    @Test
    void tableHasOneRowPerFoldWithTheFoldNumberFirst() {
        Table table = threeFolds().table();
        assertEquals("cross-validation", table.name());
        assertEquals(List.of("fold", "fit_time", "score_time", "test_score"), table.columnNames());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.DOUBLE),
                table.columns().stream().map(column -> column.type()).toList());
        assertEquals(List.of(0, 1, 2), table.intColumn("fold").asList());
        assertEquals(List.of(2.0, 4.0, 6.0), table.doubleColumn("fit_time").asList());
        assertEquals(List.of(0.1, 0.2, 0.3), table.doubleColumn("score_time").asList());
        assertEquals(List.of(0.5, 0.75, 1.0), table.doubleColumn("test_score").asList());
    }

    @Test
    void aChangedTableLeavesTheResultAlone() {
        CrossValidationResult result = threeFolds();
        result.table().doubleColumn("test_score").set(0, 0.0);
        assertEquals(0.5, result.testScores()[0]);
        assertEquals(0.5, result.table().doubleColumn("test_score").get(0));
    }

    @Test
    void toStringGivesScoringMeanStdAndFoldCountWithFourDecimalsInAnyLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("accuracy 0.7500 +/- 0.2041 over 3 folds", threeFolds().toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void severalScoringsKeepAColumnEach() {
        CrossValidationResult two = new CrossValidationResult(List.of("a", "b"), new FoldScore[] {
            new FoldScore(0.5, 1, 0.1, null, new double[] {0.5, -2}), new FoldScore(1, 1, 0.1, null,
                    new double[] {1, -4})});
        assertEquals("a", two.scoring());
        assertArrayEquals(new double[] {-2, -4}, two.testScores("b"));
        assertEquals(0.75, two.mean());
        assertEquals(List.of("fold", "fit_time", "score_time", "test_a", "test_b"), two.table().columnNames());
        assertEquals("a 0.7500 +/- 0.2500, b -3.0000 +/- 1.0000 over 2 folds", two.toString());
        assertEquals("CrossValidationResult: no scoring named 'c'; the scorings are [a, b]",
                assertThrows(IllegalArgumentException.class, () -> two.testScores("c")).getMessage());
    }
}
