package io.github.prepkit.decomposition;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Schema;
import io.github.prepkit.reference.TableAssertions;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PCAModelTest {

    private static final Table TABLE = PCATest.random(7, 25, 3);

    private static PCAModel rebuilt(PCAModel m, double[][] components, double[] variance, double[] ratio,
            double[] singular, double noise) {
        return PCAModel.of(m.estimator(), m.schema(), m.columns(), m.mean(), components, variance, ratio, singular,
                noise);
    }

    @Test
    void aModelRebuiltFromItsStateTransformsBitForBit() {
        PCAModel model = new PCA().nComponents(2).whiten(true).fit(TABLE);
        PCAModel copy = rebuilt(model, model.components(), model.explainedVariance(), model.explainedVarianceRatio(),
                model.singularValues(), model.noiseVariance());
        TableAssertions.assertTableIdentical(model.transform(TABLE), copy.transform(TABLE));
        assertEquals(List.of("pca0", "pca1"), model.featureNamesOut());
        assertEquals(2, model.nComponents());
        assertEquals("PCAModel on [c0, c1, c2]: 2 components, explained variance ratio "
                + io.github.prepkit.internal.base.Summary.numbers(model.explainedVarianceRatio()), model.toString());
    }

    @Test
    void theFactoryRefusesInconsistentState() {
        PCAModel m = new PCA().nComponents(2).fit(TABLE);
        double[][] c = m.components();
        double[] v = m.explainedVariance();
        double[] r = m.explainedVarianceRatio();
        double[] s = m.singularValues();
        assertRejected(() -> rebuilt(m, new double[][] {c[0]}, v, r, s, 0), "PCAModel", "exactly nComponents=2");
        assertRejected(() -> rebuilt(m, new double[][] {c[0], {1, 0}}, v, r, s, 0), "components");
        assertRejected(() -> rebuilt(m, c, new double[] {1, Double.NaN}, r, s, 0), "explainedVariance");
        assertRejected(() -> rebuilt(m, c, new double[] {1, -1}, r, s, 0), "explainedVariance", "at least 0");
        assertRejected(() -> rebuilt(m, c, v, new double[] {1.5, 0}, s, 0), "explainedVarianceRatio", "at most 1");
        assertRejected(() -> rebuilt(m, c, v, r, new double[] {1}, 0), "singularValues");
        assertRejected(() -> rebuilt(m, c, v, r, s, -1), "noiseVariance");
        assertRejected(() -> PCAModel.of(new PCA(), m.schema(), m.columns(), m.mean(), new double[4][3],
                new double[4], new double[4], new double[4], 0), "from 1 to 3");
        assertRejected(() -> PCAModel.of(new PCA(), m.schema(), List.of("c0"), m.mean(), c, v, r, s, 0), "c");
        Table clash = TABLE.copy().addColumns(DoubleColumn.create("PCA0", new double[25]));
        assertRejected(() -> new PCA().columns("c0", "c1").fit(clash), "PCAModel", "'pca0'", "'PCA0'");
    }

    @Test
    void inverseTransformUndoesAllComponentsAndProjectsOntoFewer() {
        Table named = TABLE.copy().addColumns(StringColumn.create("name", java.util.stream.IntStream.range(0, 25).mapToObj(i -> "r" + i).toArray(String[]::new)));
        PCAModel all = new PCA().fit(named);
        Table back = all.inverseTransform(all.transform(named));
        assertEquals(named.columnNames(), back.columnNames());
        TableAssertions.assertTableClose(named, back, 1e-12);
        PCAModel one = new PCA().nComponents(1).fit(TABLE);
        Table projected = one.inverseTransform(one.transform(TABLE));
        double[] component = one.components()[0];
        double[] mean = one.mean();
        for (int i = 0; i < 25; i++) {
            double score = 0;
            for (int a = 0; a < 3; a++) {
                score += (TABLE.doubleColumn(a).getDouble(i) - mean[a]) * component[a];
            }
            for (int a = 0; a < 3; a++) {
                assertEquals(mean[a] + score * component[a], projected.doubleColumn("c" + a).getDouble(i), 1e-12);
            }
        }
        assertArrayEquals(one.transform(TABLE).doubleColumn("pca0").asDoubleArray(),
                one.transform(projected).doubleColumn("pca0").asDoubleArray(), 1e-12);
    }

    @Test
    void inverseTransformRefusesMissingScoresAndTakenNames() {
        PCAModel model = new PCA().nComponents(2).fit(TABLE);
        Table scores = model.transform(TABLE);
        assertRejected(() -> model.inverseTransform(scores.copy().removeColumns("pca1")), "PCAModel.inverseTransform",
                "'pca1'");
        Table gap = scores.copy();
        gap.doubleColumn("pca0").setMissing(4);
        assertRejected(() -> model.inverseTransform(gap), "PCAModel.inverseTransform", "'pca0'", "row 4");
        Table taken = scores.copy().addColumns(DoubleColumn.create("c1", new double[25]));
        assertRejected(() -> model.inverseTransform(taken), "PCAModel.inverseTransform", "'c1'");
    }

    @Test
    void scoresBeyondTheDoubleRangeAreRefusedNamingTheRow() {
        PCAModel model = new PCA().fit(TABLE);
        Table far = TABLE.copy();
        far.doubleColumn("c0").set(3, 1.7e308);
        far.doubleColumn("c1").set(3, -1.7e308);
        far.doubleColumn("c2").set(3, 1.7e308);
        assertRejected(() -> model.transform(far), "PCAModel.transform", "row 3", "beyond the double range");
        assertEquals(Schema.of(TABLE), model.schema());
    }
}
