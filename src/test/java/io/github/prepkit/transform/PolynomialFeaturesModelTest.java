package io.github.prepkit.transform;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.Extremes;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PolynomialFeaturesModelTest {

    /** Columns a and b holding the given (a, b) pairs, one a row, with a string column s between them. */
    private static Table table(double[]... pairs) {
        Table table = Table.create("t", DoubleColumn.create("a"), StringColumn.create("s"), DoubleColumn.create("b"));
        for (double[] pair : pairs) {
            table.doubleColumn("a").append(pair[0]);
            table.stringColumn("s").appendMissing();
            table.doubleColumn("b").append(pair[1]);
        }
        return table;
    }

    /** (1, 3) and (2, 4). */
    private static Table train() {
        return table(new double[] {1, 3}, new double[] {2, 4});
    }

    @Test
    void accessorsGiveScikitLearnsNamesAndPowers() {
        PolynomialFeaturesModel model = new PolynomialFeatures().fit(train());
        assertEquals(List.of("a", "b"), model.columns());
        assertEquals(List.of("1", "a", "b", "a^2", "a b", "b^2"), model.featureNamesOut());
        // PolynomialFeatures().fit(X).powers_
        assertArrayEquals(new int[][] {{0, 0}, {1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}}, model.powers());
        model.powers()[3][0] = 7;
        assertEquals(2, model.powers()[3][0]);
        assertThrows(UnsupportedOperationException.class, () -> model.featureNamesOut().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> model.columns().remove(0));
    }

    @Test
    void interactionPowersHoldNoExponentAboveOne() {
        PolynomialFeaturesModel model = new PolynomialFeatures().degree(3).interactionOnly(true).includeBias(false)
                .fit(train());
        assertArrayEquals(new int[][] {{1, 0}, {0, 1}, {1, 1}}, model.powers());
    }

    @Test
    void aLaterTableIsExpandedWithTheFittedColumns() {
        Table later = new PolynomialFeatures().fit(train()).transform(table(new double[] {-2, 0.5}));
        assertEquals(List.of("1", "a", "b", "a^2", "a b", "b^2", "s"), later.columnNames());
        assertArrayEquals(new double[] {1, -2, 0.5, 4, -1, 0.25},
                later.columns().stream().limit(6).mapToDouble(c -> ((DoubleColumn) c).get(0)).toArray());
    }

    @Test
    void infinityAtTransformIsRefusedNamingTheColumnAndRow() {
        PolynomialFeaturesModel model = new PolynomialFeatures().fit(train());
        Extremes.assertRefusesInfinity(() -> model.transform(Extremes.withValue(train(), "b", 1,
                Double.POSITIVE_INFINITY)), "PolynomialFeaturesModel.transform", "b", 1);
    }

    @Test
    void transformLeavesTheInputAlone() {
        PolynomialFeaturesModel model = new PolynomialFeatures().degree(3).fit(train());
        assertInputUnchanged(table(new double[] {5, 0}, new double[] {-1, 2}), model::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        PolynomialFeaturesModel model = new PolynomialFeatures().fit(train());
        assertRejected(() -> model.transform(train().removeColumns("s")), "PolynomialFeaturesModel.transform",
                "column 's' is missing");
        assertRejected(() -> model.transform(train().replaceColumn("a", StringColumn.create("a", "1", "2"))),
                "column 'a' was DOUBLE at fit, found STRING");
    }

    @Test
    void ofRebuildsTheModelAndRejectsColumnsTheEstimatorWouldNotSelect() {
        PolynomialFeaturesModel model = new PolynomialFeatures().degree(3).includeBias(false).fit(train());
        PolynomialFeaturesModel rebuilt = PolynomialFeaturesModel.of(model.estimator(), model.schema(), model.columns());
        Table later = table(new double[] {0.1, -3}, new double[] {7, 1e-3});
        assertTableIdentical(model.transform(later), rebuilt.transform(later));
        Schema schema = model.schema();
        assertRejected(() -> PolynomialFeaturesModel.of(new PolynomialFeatures(), schema, List.of("b", "a")),
                "selects [a, b]");
        assertRejected(() -> PolynomialFeaturesModel.of(new PolynomialFeatures().columns("s"), schema, List.of("s")),
                "column 's' must be numeric, found STRING");
    }

    @Test
    void itPrintsItsTypeColumnsDegreeAndOutputColumns() {
        assertEquals("PolynomialFeaturesModel on [a, b]: degree 2, 6 output columns [1, a, b, a^2, a b, b^2]",
                new PolynomialFeatures().fit(train()).toString());
    }
}
