package io.github.prepkit.encode;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.Extremes;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BinarizerModelTest {

    private static Table table(double... x) {
        return Table.create("t", DoubleColumn.create("x", x), StringColumn.create("s", new String[x.length]));
    }

    @Test
    void itRemembersTheColumnsAndBinarisesALaterTableAgainstTheThreshold() {
        BinarizerModel model = new Binarizer().threshold(2).fit(table(1, 5));
        assertEquals(List.of("x"), model.columns());
        assertArrayEquals(new double[] {0, 0, 1, Double.NaN},
                model.transform(table(-7, 2, 2.0000001, Double.NaN)).doubleColumn("x").asDoubleArray());
    }

    @Test
    void infinityAtTransformIsRefusedNamingTheColumnAndRow() {
        BinarizerModel model = new Binarizer().fit(table(1, 5));
        Extremes.assertRefusesInfinity(() -> model.transform(table(0, Double.NEGATIVE_INFINITY)),
                "BinarizerModel.transform", "x", 1);
    }

    @Test
    void transformLeavesTheInputAlone() {
        BinarizerModel model = new Binarizer().fit(table(1, 5));
        assertInputUnchanged(table(-1, 3, Double.NaN), model::transform);
    }

    @Test
    void aMissingOrExtraColumnFailsNamingIt() {
        BinarizerModel model = new Binarizer().fit(table(1, 5));
        assertRejected(() -> model.transform(table(1).removeColumns("s")), "BinarizerModel.transform",
                "column 's' is missing");
        assertRejected(() -> model.transform(table(1).addColumns(DoubleColumn.create("y", 1.0))),
                "column 'y' was not seen at fit");
    }

    @Test
    void ofRebuildsTheModelAndRejectsColumnsTheEstimatorWouldNotSelect() {
        BinarizerModel model = new Binarizer().threshold(0.5).fit(table(1, 5));
        BinarizerModel rebuilt = BinarizerModel.of(model.estimator(), model.schema(), model.columns());
        assertTableIdentical(model.transform(table(0.5, 0.6)), rebuilt.transform(table(0.5, 0.6)));
        Schema schema = model.schema();
        assertRejected(() -> BinarizerModel.of(new Binarizer(), schema, List.of()), "selects [x]");
        assertRejected(() -> BinarizerModel.of(new Binarizer(), schema, List.of("y")),
                "BinarizerModel: column 'y' is not among the fitted columns");
    }

    @Test
    void itPrintsItsTypeColumnsAndThreshold() {
        assertEquals("BinarizerModel on [x]: threshold 0.5", new Binarizer().threshold(0.5).fit(table(1)).toString());
    }
}
