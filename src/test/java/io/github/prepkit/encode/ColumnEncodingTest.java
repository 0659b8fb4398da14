package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;

/** The layout of one column's dummy columns; expected values from pandas 1.5.3 and scikit-learn 1.2.1. */
class ColumnEncodingTest {

    /** a once, b and c twice, two missing: scikit-learn's example for min_frequency=2. */
    private static StringColumn column() {
        return StringColumn.create("c", "a", "b", "b", "c", "c", "", "");
    }

    /** The encoding fit makes: the column's levels, the infrequent ones among them, laid out for {@code encoder}. */
    private static ColumnEncoding fit(StringColumn column, OneHotEncoder encoder) {
        Levels.Tally tally = Levels.tally(column);
        return ColumnEncoding.of(column.name(), Levels.of(tally.names(), false, "test"),
                tally.infrequent(column.size(), encoder.minFrequency()), encoder);
    }

    private static int[][] encode(ColumnEncoding encoding, StringColumn values) {
        return encoding.encode(values, HandleUnknown.ERROR, "test").stream().map(IntColumn::asIntArray).toArray(int[][]::new);
    }

    @Test
    void oneColumnPerLevelSortedAndAllZerosForMissing() {
        ColumnEncoding encoding = fit(column(), new OneHotEncoder());
        assertEquals(List.of("c_a", "c_b", "c_c"), encoding.dummyNames());
        assertArrayEquals(new int[][] {
            {1, 0, 0, 0, 0, 0, 0},
            {0, 1, 1, 0, 0, 0, 0},
            {0, 0, 0, 1, 1, 0, 0}}, encode(encoding, column()));
    }

    @Test
    void infrequentLevelsShareOneColumnAfterTheNanColumn() {
        // scikit-learn: OneHotEncoder(min_frequency=2) names x0_b x0_c x0_nan x0_infrequent_sklearn
        ColumnEncoding encoding = fit(column(), new OneHotEncoder().minFrequency(2).dummyNa(true));
        assertEquals(List.of("c_b", "c_c", "c_nan", "c_infrequent"), encoding.dummyNames());
        assertEquals(List.of("a", "b", "c"), encoding.levels());
        assertEquals(List.of("a"), encoding.infrequentLevels());
        assertArrayEquals(new int[][] {
            {0, 1, 1, 0, 0, 0, 0},
            {0, 0, 0, 1, 1, 0, 0},
            {0, 0, 0, 0, 0, 1, 1},
            {1, 0, 0, 0, 0, 0, 0}}, encode(encoding, column()));
    }

    @Test
    void dropFirstDropsTheFirstFrequentLevelNotAnInfrequentFirstLevel() {
        // scikit-learn 1.2.1: drop="first", min_frequency=2 gives x0_c x0_nan x0_infrequent_sklearn
        ColumnEncoding encoding = fit(column(), new OneHotEncoder().minFrequency(2).dummyNa(true).dropFirst(true));
        assertEquals(List.of("c_c", "c_nan", "c_infrequent"), encoding.dummyNames());
        assertArrayEquals(new int[][] {
            {0, 0, 0, 1, 1, 0, 0},
            {0, 0, 0, 0, 0, 1, 1},
            {1, 0, 0, 0, 0, 0, 0}}, encode(encoding, column()));
    }

    @Test
    void dropFirstWithoutFrequentLevelsDropsTheNanThenTheInfrequentColumn() {
        OneHotEncoder rare = new OneHotEncoder().minFrequency(10).dropFirst(true);
        assertEquals(List.of("c_infrequent"), fit(column(), rare.dummyNa(true)).dummyNames());
        assertEquals(List.of(), fit(column(), rare).dummyNames(), "scikit-learn: no column left");
        assertEquals(List.of("a", "b", "c"), fit(column(), rare).infrequentLevels());
    }

    @Test
    void aSingleLevelWithDropFirstLeavesNoColumnAsPandas() {
        StringColumn single = StringColumn.create("c", "a", "a", "");
        assertEquals(List.of(), fit(single, new OneHotEncoder().dropFirst(true)).dummyNames());
        ColumnEncoding withNan = fit(single, new OneHotEncoder().dropFirst(true).dummyNa(true));
        assertEquals(List.of("c_nan"), withNan.dummyNames());
        assertArrayEquals(new int[][] {{0, 0, 1}}, encode(withNan, single));
    }

    @Test
    void anAllMissingColumnGivesOnlyTheNanColumnIfAsked() {
        StringColumn empty = StringColumn.create("c", "", "");
        assertEquals(List.of(), fit(empty, new OneHotEncoder()).dummyNames());
        assertEquals(List.of("c_nan"), fit(empty, new OneHotEncoder().dummyNa(true)).dummyNames());
        assertEquals(List.of(), fit(empty, new OneHotEncoder().dummyNa(true).dropFirst(true)).dummyNames(),
                "pandas drops the fake nan level too");
    }

    @Test
    void aFractionIsOfAllFittedRowsMissingOnesIncluded() {
        // 6 rows: threshold 0.3 * 6 = 1.8, so b (once) is infrequent and a (twice) is not; scikit-learn agrees
        StringColumn values = StringColumn.create("c", "a", "a", "b", "", "", "");
        ColumnEncoding encoding = fit(values, new OneHotEncoder().minFrequency(0.3));
        assertEquals(List.of("c_a", "c_infrequent"), encoding.dummyNames());
        assertEquals(List.of("b"), encoding.infrequentLevels());
    }

    @Test
    void aCountOfOneGroupsNothing() {
        assertEquals(List.of(), fit(column(), new OneHotEncoder().minFrequency(1)).infrequentLevels());
    }
}
