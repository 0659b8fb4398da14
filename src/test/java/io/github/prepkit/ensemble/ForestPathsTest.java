package io.github.prepkit.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.persist.ModelFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The forests' {@code around}: a copy remembering reference rows predicts every table bit for bit as the model. */
class ForestPathsTest {

    /** {@code columns} features on a grid of few values (so that ties and equal values occur), a class target. */
    private static Table data(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Table table = Table.create("data");
        double[] signal = new double[rows];
        for (int a = 0; a < columns; a++) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = random.nextInt(-20, 20) / 4.0;
                signal[i] += (a % 3 == 0 ? 1 : -0.3) * values[i];
            }
            table.addColumns(DoubleColumn.create("x" + a, values));
        }
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = signal[i] + random.nextGaussian() > 0 ? 1 : 0;
        }
        return table.addColumns(IntColumn.create("y", y));
    }

    /** Variants of the feature rows: the same, one column permuted, a few values changed, fewer rows. */
    private static List<Table> variants(Table features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Table> variants = new ArrayList<>(List.of(features, features.copy()));
        for (int a : new int[] {0, features.columnCount() - 1}) {
            Table permuted = features.copy();
            double[] values = permuted.doubleColumn(a).asDoubleArray();
            for (int i = values.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
            permuted.replaceColumn(a, DoubleColumn.create(permuted.column(a).name(), values));
            variants.add(permuted);
        }
        Table changed = features.copy();
        for (int k = 0; k < 40; k++) {
            DoubleColumn column = changed.doubleColumn(random.nextInt(changed.columnCount()));
            column.set(random.nextInt(changed.rowCount()), random.nextInt(-20, 20) / 4.0);
        }
        variants.add(changed);
        variants.add(features.first(features.rowCount() / 2));
        return variants;
    }

    private static void assertSamePredictions(Column<?> expected, Column<?> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "row " + i);
        }
    }

    private static void assertSameProbabilities(Table expected, Table actual) {
        assertEquals(expected.columnNames(), actual.columnNames());
        for (int k = 0; k < expected.columnCount(); k++) {
            assertArrayEquals(expected.doubleColumn(k).asDoubleArray(), actual.doubleColumn(k).asDoubleArray());
        }
    }

    @Test
    void aRandomForestClassifierAroundReferenceRowsPredictsEveryVariantBitForBit() {
        for (int columns : new int[] {3, 70}) { // 70 features: bits stand for several features
            Table data = data(400, columns, columns);
            Table features = data.copy().removeColumns("y");
            RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(15).seed(3)
                    .fit(features, data.column("y"));
            RandomForestClassifierModel around = model.around(features);
            assertNotSame(model, around);
            assertEquals(model.toString(), around.toString());
            for (Table variant : variants(features, columns)) {
                assertSamePredictions(model.predict(variant), around.predict(variant));
                assertSameProbabilities(model.predictProba(variant), around.predictProba(variant));
            }
        }
    }

    @Test
    void aBalancedForestAndARegressionForestDoTheSame() {
        Table data = data(300, 6, 7);
        Table features = data.copy().removeColumns("y");
        BalancedRandomForestClassifierModel balanced = new BalancedRandomForestClassifier().nEstimators(10).seed(1)
                .fit(features, data.column("y"));
        DoubleColumn target = DoubleColumn.create("t", features.doubleColumn(0).add(features.doubleColumn(1))
                .multiply(features.doubleColumn(2)).asDoubleArray());
        RandomForestRegressorModel regressor = new RandomForestRegressor().nEstimators(10).seed(1).fit(features, target);
        BalancedRandomForestClassifierModel balancedAround = balanced.around(features);
        RandomForestRegressorModel regressorAround = regressor.around(features);
        for (Table variant : variants(features, 5)) {
            assertSameProbabilities(balanced.predictProba(variant), balancedAround.predictProba(variant));
            assertArrayEquals(regressor.predict(variant).asDoubleArray(), regressorAround.predict(variant).asDoubleArray());
        }
    }

    @Test
    void theCopySavesAsTheModelAndItsReferenceIsChecked() {
        Table data = data(200, 4, 11);
        Table features = data.copy().removeColumns("y");
        RandomForestClassifierModel model = new RandomForestClassifier().nEstimators(5).seed(2)
                .fit(features, data.column("y"));
        assertArrayEquals(ModelFiles.toBytes(model), ModelFiles.toBytes(model.around(features)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.around(features.copy().removeColumns("x2")));
        assertEquals(true, e.getMessage().contains("x2"), e.getMessage());
    }
}
