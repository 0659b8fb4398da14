package io.github.prepkit.impute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.impute.KNNImputer.Weights;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Expected values were computed with scikit-learn 1.2.1's KNNImputer (and by hand where noted). */
class KNNImputerTest {

    private static final double NaN = Double.NaN;

    /** scikit-learn's own docstring example. */
    static Table docExample() {
        return Table.create("t",
                DoubleColumn.create("a", new double[] {1, 3, NaN, 8}),
                DoubleColumn.create("b", new double[] {2, 4, 6, 8}),
                DoubleColumn.create("c", new double[] {NaN, 3, 5, 7}));
    }

    /** A table of double columns a, b, c... from rows. */
    static Table rows(double[]... rows) {
        Table table = Table.create("t");
        for (int j = 0; j < rows[0].length; j++) {
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][j];
            }
            table.addColumns(DoubleColumn.create(String.valueOf((char) ('a' + j)), column));
        }
        return table;
    }

    @Test
    void imputesTheDocstringExample() {
        Table imputed = new KNNImputer().nNeighbors(2).fitTransform(docExample());
        TableAssertions.assertTableClose(rows(
                new double[] {1, 2, 4}, new double[] {3, 4, 3}, new double[] {5.5, 6, 5}, new double[] {8, 8, 7}),
                imputed, 1e-12);
    }

    @Test
    void distanceWeightsAverageByInverseDistance() {
        // row 0 misses c; donors row 1 at sqrt(3/1 * 2^2), row 2 at sqrt(3/1 * 4^2): (3/2 + 5/4) / (1/2 + 1/4)
        Table imputed = new KNNImputer().nNeighbors(2).weights(Weights.DISTANCE).fitTransform(docExample());
        assertEquals(11.0 / 3, imputed.doubleColumn("c").getDouble(0), 1e-12);
        assertEquals(5.5, imputed.doubleColumn("a").getDouble(2), 1e-12);
    }

    @Test
    void moreNeighboursThanCandidatesUsesThemAll() {
        Table imputed = new KNNImputer().nNeighbors(10).fitTransform(docExample());
        assertEquals(5.0, imputed.doubleColumn("c").getDouble(0), 1e-12);
        assertEquals(4.0, imputed.doubleColumn("a").getDouble(2), 1e-12);
    }

    @Test
    void candidatesWithoutDistanceCountUniformlyButNotByDistance() {
        // row 0 shares no present column with rows 2..5, so their distance is NaN. For c, row 1 is the only
        // candidate with a distance: uniform (as scikit-learn) still fills k = 3 with the NaN-distance rows 2
        // and 3; distance weights give them 0. For b, no candidate has a distance: the mean of b at fit.
        Table table = rows(new double[] {1, NaN, NaN}, new double[] {2, NaN, 10}, new double[] {NaN, 5, 20},
                new double[] {NaN, 6, 30}, new double[] {NaN, 7, 40}, new double[] {NaN, 8, 50});
        Table uniform = new KNNImputer().nNeighbors(3).fitTransform(table);
        assertEquals(6.5, uniform.doubleColumn("b").getDouble(0), 1e-12);
        assertEquals(20.0, uniform.doubleColumn("c").getDouble(0), 1e-12);
        assertEquals(1.5, uniform.doubleColumn("a").getDouble(2), 1e-12);
        Table distance = new KNNImputer().nNeighbors(3).weights(Weights.DISTANCE).fitTransform(table);
        assertEquals(10.0, distance.doubleColumn("c").getDouble(0), 1e-12);
        assertEquals(2.0, distance.doubleColumn("a").getDouble(2), 1e-12);
    }

    @Test
    void anExactTieGoesToTheEarlierFittedRow() {
        // rows 1 and 2 are both at distance 1 from row 0 on a; k = 1 takes row 1
        Table table = rows(new double[] {0, NaN}, new double[] {1, 10}, new double[] {-1, 20});
        assertEquals(10.0, new KNNImputer().nNeighbors(1).fitTransform(table).doubleColumn("b").getDouble(0));
    }

    @Test
    void aRowIsNeverItsOwnNeighbour() {
        // row 0 is nearest to itself, but it lacks b, so b comes from row 1 (the nearer of rows 1 and 2)
        Table table = rows(new double[] {0, NaN}, new double[] {1, 10}, new double[] {5, 20});
        assertEquals(10.0, new KNNImputer().nNeighbors(1).fitTransform(table).doubleColumn("b").getDouble(0));
    }

    @Test
    void columnsNarrowsTheImputedColumnsAndOthersPassThrough() {
        Table table = Table.create("t",
                StringColumn.create("name", "w", "x", "y", "z"),
                DoubleColumn.create("a", new double[] {1, 3, NaN, 8}),
                DoubleColumn.create("b", new double[] {2, 4, 6, 8}),
                DoubleColumn.create("c", new double[] {NaN, 3, 5, 7}));
        KNNImputerModel model = new KNNImputer().nNeighbors(2).columns("a", "b").fit(table);
        assertEquals(List.of("a", "b"), model.columns());
        Table imputed = model.transform(table);
        assertEquals(List.of("name", "a", "b", "c"), imputed.columnNames());
        // a from b alone: row 2 (b = 6) has rows 1 and 3 at distance sqrt(2/1 * 4)
        assertEquals(5.5, imputed.doubleColumn("a").getDouble(2), 1e-12);
        assertTrue(imputed.doubleColumn("c").isMissing(0), "c is not chosen, so it stays missing");
        assertEquals(table.stringColumn("name").asList(), imputed.stringColumn("name").asList());
    }

    @Test
    void integerColumnsAreImputedAsDoubles() {
        Table table = Table.create("t",
                IntColumn.create("a", new int[] {1, 3, 5}),
                DoubleColumn.create("b", new double[] {1, 2, 3}));
        table.intColumn("a").setMissing(1);
        Table imputed = new KNNImputer().nNeighbors(2).fitTransform(table);
        assertArrayEquals(new double[] {1, 3, 5}, imputed.doubleColumn("a").asDoubleArray(), 1e-12);
    }

    @Test
    void imputedTablesHaveNoMissingValueWhereAColumnHadOneAtFit() {
        Table table = rows(new double[] {NaN, 1, 2}, new double[] {3, NaN, 4}, new double[] {5, 6, NaN},
                new double[] {NaN, NaN, 7}, new double[] {8, 9, 10});
        Table imputed = new KNNImputer().nNeighbors(2).fitTransform(table);
        for (String name : imputed.columnNames()) {
            assertEquals(0, imputed.doubleColumn(name).countMissing(), name);
        }
    }

    @Test
    void edgeCases() {
        Table one = rows(new double[] {1, 2});
        assertEquals(2.0, new KNNImputer().fit(one).transform(rows(new double[] {5, NaN})).doubleColumn("b").getDouble(0));
        Table strings = Table.create("t", StringColumn.create("s", "x", "y"));
        assertEquals(List.of("x", "y"), new KNNImputer().fitTransform(strings).stringColumn("s").asList());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        KNNImputer defaults = new KNNImputer();
        KNNImputer changed = defaults.nNeighbors(3).weights(Weights.DISTANCE).columns("a");
        assertEquals(5, defaults.nNeighbors());
        assertEquals(Weights.UNIFORM, defaults.weights());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new KNNImputer(3, Weights.DISTANCE, List.of("a")), changed);
    }

    @Test
    void theInputTableIsNotModified() {
        Table input = docExample();
        new KNNImputer().fitTransform(input);
        TableAssertions.assertTableClose(docExample(), input, 0);
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("KNNImputer: nNeighbors must be at least 1, found 0",
                assertThrows(IllegalArgumentException.class, () -> new KNNImputer().nNeighbors(0)).getMessage());
        assertEquals("KNNImputer: weights must not be null",
                assertThrows(IllegalArgumentException.class, () -> new KNNImputer().weights(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KNNImputer(5, Weights.UNIFORM, null));
        assertEquals("KNNImputer: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new KNNImputer().fit(docExample().emptyCopy())).getMessage());
        Table named = docExample().addColumns(StringColumn.create("s", "p", "q", "r", "s"));
        assertEquals("KNNImputer: column 's' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new KNNImputer().columns("s").fit(named)).getMessage());
        Table infinite = rows(new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, NaN});
        assertEquals("KNNImputer: column 'a' has an infinite value in row 1",
                assertThrows(IllegalArgumentException.class, () -> new KNNImputer().fit(infinite)).getMessage());
    }

    @Test
    void extremeMagnitudesFindTheOrdinaryNeighboursAndAverageThemExactly() {
        // squared differences of 1e300 overflow and of 1e-200 underflow: scikit-learn's distances all tie there
        Table ordinary = Extremes.ordinary();
        for (Weights weights : Weights.values()) {
            KNNImputer imputer = new KNNImputer().nNeighbors(2).weights(weights);
            Table expected = imputer.fitTransform(ordinary);
            for (int exponent : Extremes.EXPONENTS) {
                Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
                KNNImputerModel model = imputer.fit(moved);
                TableAssertions.assertTableIdentical(Extremes.timesPowerOfTwo(expected, exponent), model.transform(moved));
                Extremes.assertScaled(imputer.fit(ordinary).means(), exponent, model.means(), "means at 2^" + exponent);
            }
            TableAssertions.assertTableClose(Extremes.times(expected, 1e300), imputer.fitTransform(
                    Extremes.times(ordinary, 1e300)), 1e-14);
        }
    }

    @Test
    void neighboursNearTheLargestDoubleAverageWithoutOverflowing() {
        // row 3's neighbours on a are rows 0 and 1; b's spread overflows, yet a's differences keep their precision
        Table huge = rows(new double[] {1, 1.5e308}, new double[] {1.125, 1.7e308}, new double[] {5, -1e308},
                new double[] {1.0625, Double.NaN});
        double imputed = new KNNImputer().nNeighbors(2).fitTransform(huge).doubleColumn("b").getDouble(3);
        assertEquals(1.6e308, imputed, 1e293, "the mean of 1.5e308 and 1.7e308, whose sum overflows");
        Table constant = rows(new double[] {1, 1e308, 0}, new double[] {1.125, 1e308, 1}, new double[] {5, 1e308, 2},
                new double[] {1.0625, 1e308, Double.NaN});
        assertEquals(0.5, new KNNImputer().nNeighbors(2).fitTransform(constant).doubleColumn("c").getDouble(3),
                "a column constant at 1e308 does not hide the differences of the others, as scikit-learn");
    }
}
