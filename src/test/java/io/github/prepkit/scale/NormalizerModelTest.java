package io.github.prepkit.scale;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.Extremes;
import io.github.prepkit.scale.Normalizer.Norm;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NormalizerModelTest {

    private static Table table(double[] a, double[] b) {
        return Table.create("t", DoubleColumn.create("a", a), StringColumn.create("s", new String[a.length]),
                DoubleColumn.create("b", b));
    }

    private static Table train() {
        return table(new double[] {1, 2}, new double[] {3, 4});
    }

    @Test
    void itRemembersTheColumnsOnlyAndNormalisesEachLaterRowOnItsOwn() {
        NormalizerModel model = new Normalizer().fit(train());
        assertEquals(List.of("a", "b"), model.columns());
        Table later = model.transform(table(new double[] {-6, 0}, new double[] {8, 5}));
        assertArrayEquals(new double[] {-0.6, 0}, later.doubleColumn("a").asDoubleArray());
        assertArrayEquals(new double[] {0.8, 1}, later.doubleColumn("b").asDoubleArray());
    }

    @Test
    void infinityAtTransformIsRefusedNamingTheColumnAndRow() {
        NormalizerModel model = new Normalizer().fit(train());
        Extremes.assertRefusesInfinity(() -> model.transform(Extremes.withValue(train(), "b", 1,
                Double.NEGATIVE_INFINITY)), "NormalizerModel.transform", "b", 1);
    }

    @Test
    void transformLeavesTheInputAlone() {
        NormalizerModel model = new Normalizer().norm(Norm.L1).fit(train());
        assertInputUnchanged(table(new double[] {1, 5}, new double[] {-2, 0}), model::transform);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsNamingIt() {
        NormalizerModel model = new Normalizer().fit(train());
        assertRejected(() -> model.transform(train().removeColumns("b")), "NormalizerModel.transform",
                "column 'b' is missing");
        assertRejected(() -> model.transform(train().addColumns(DoubleColumn.create("c", 1.0, 2.0))),
                "column 'c' was not seen at fit");
    }

    @Test
    void ofRebuildsTheModelAndRejectsColumnsTheEstimatorWouldNotSelect() {
        NormalizerModel model = new Normalizer().norm(Norm.MAX).fit(train());
        NormalizerModel rebuilt = NormalizerModel.of(model.estimator(), model.schema(), model.columns());
        Table later = table(new double[] {-3, 7}, new double[] {2, 1});
        assertTableIdentical(model.transform(later), rebuilt.transform(later));
        Schema schema = model.schema();
        assertRejected(() -> NormalizerModel.of(new Normalizer(), schema, List.of("a")), "selects [a, b]");
        assertRejected(() -> NormalizerModel.of(new Normalizer().columns("a", "s"), schema, List.of("a", "s")),
                "column 's' must be numeric, found STRING");
        assertRejected(() -> NormalizerModel.of(null, schema, List.of("a")), "NormalizerModel: estimator");
    }

    @Test
    void itPrintsItsTypeColumnsAndNorm() {
        assertEquals("NormalizerModel on [a, b]: norm L1", new Normalizer().norm(Norm.L1).fit(train()).toString());
    }
}
