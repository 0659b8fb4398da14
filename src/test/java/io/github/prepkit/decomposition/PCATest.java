package io.github.prepkit.decomposition;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.prepkit.reference.Extremes;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PCATest {

    /** Points on the line y = 2x around (10, -5), symmetric about it, and a text column in front. */
    private static Table line() {
        return Table.create("line", StringColumn.create("name", "p", "q", "r", "s", "t"),
                DoubleColumn.create("x", new double[] {8, 9, 10, 11, 12}),
                IntColumn.create("y", new int[] {-9, -7, -5, -3, -1}));
    }

    /** Three orthogonal centred columns of variance 12, 16/3 and 4/3. */
    private static Table orthogonal() {
        return Table.create("orthogonal", DoubleColumn.create("a", new double[] {3, -3, 3, -3}),
                DoubleColumn.create("b", new double[] {2, 2, -2, -2}), DoubleColumn.create("c", new double[] {1, -1, -1, 1}));
    }

    static Table random(long seed, int rows, int columns) {
        Random random = new Random(seed);
        double[][] mixing = new double[columns][columns];
        for (double[] row : mixing) {
            for (int b = 0; b < columns; b++) {
                row[b] = random.nextGaussian();
            }
        }
        Table table = Table.create("random");
        double[][] gaussian = new double[columns][rows];
        for (double[] column : gaussian) {
            for (int i = 0; i < rows; i++) {
                column[i] = random.nextGaussian();
            }
        }
        for (int a = 0; a < columns; a++) {
            double[] values = new double[rows];
            for (int i = 0; i < rows; i++) {
                for (int b = 0; b < columns; b++) {
                    values[i] += gaussian[b][i] * mixing[b][a];
                }
                values[i] += a;
            }
            table.addColumns(DoubleColumn.create("c" + a, values));
        }
        return table;
    }

    @Test
    void fitTransformIsTheFittedModelsTransformBitForBit() {
        for (int columns = 1; columns <= 9; columns++) {
            for (boolean whiten : new boolean[] {false, true}) {
                for (double magnitude : new double[] {1, 1e150, 1e-150}) {
                    Table table = random(columns, 1100, columns);
                    for (int a = 0; a < columns; a++) {
                        DoubleColumn column = table.doubleColumn(a);
                        table.replaceColumn(a, column.multiply(magnitude).setName(column.name()));
                    }
                    PCA pca = new PCA().whiten(whiten);
                    Table once = pca.fitTransform(table);
                    Table twice = pca.fit(table).transform(table);
                    for (int k = 0; k < columns; k++) {
                        assertArrayEquals(twice.doubleColumn(k).asDoubleArray(), once.doubleColumn(k).asDoubleArray(),
                                columns + " columns, whiten " + whiten + ", magnitude " + magnitude + ", pca" + k);
                    }
                }
            }
        }
    }

    @Test
    void defaultsAreScikitLearnsAndCopiesLeaveTheReceiverAlone() {
        PCA pca = new PCA();
        assertEquals(PCA.ALL, pca.nComponents());
        assertFalse(pca.whiten());
        assertEquals(List.of(), pca.columns());
        PCA other = pca.nComponents(2).whiten(true).columns("a", "b");
        assertEquals(new PCA(2, true, List.of("a", "b")), other);
        assertEquals(new PCA(0.5, true, List.of("a", "b")), other.nComponents(0.5));
        assertEquals(new PCA(PCA.ALL, true, List.of("a", "b")), other.allComponents());
        assertEquals(new PCA(), pca);
    }

    @Test
    void invalidComponentCountsAreRefusedNamingTheParameter() {
        assertRejected(() -> new PCA().nComponents(0), "PCA", "nComponents", "0");
        assertRejected(() -> new PCA().nComponents(-2), "nComponents");
        assertRejected(() -> new PCA().nComponents(1.0), "nComponents", "(0, 1)");
        assertRejected(() -> new PCA().nComponents(Double.NaN), "nComponents");
        assertRejected(() -> new PCA(2.5, false, List.of()), "nComponents", "2.5");
        assertRejected(() -> new PCA(Double.POSITIVE_INFINITY, false, List.of()), "nComponents");
        assertRejected(() -> new PCA(-0.5, false, List.of()), "nComponents");
        assertRejected(() -> new PCA().columns("a", "a"), "columns");
    }

    @Test
    void aLineHasOneComponentAlongItSignedByTheFirstRowOfLargestScore() {
        PCAModel model = new PCA().fit(line());
        double root5 = Math.sqrt(5);
        // the scores of the first and last rows tie in magnitude; the first row's, -2√5 before the flip, is made positive
        assertArrayEquals(new double[] {-1 / root5, -2 / root5}, model.components()[0], 1e-15);
        assertArrayEquals(new double[] {10, -5}, model.mean(), 0);
        assertArrayEquals(new double[] {12.5, 0}, model.explainedVariance(), 1e-12);
        assertArrayEquals(new double[] {1, 0}, model.explainedVarianceRatio(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(50), 0}, model.singularValues(), 1e-12);
        assertEquals(0, model.noiseVariance());
        Table out = model.transform(line());
        assertEquals(List.of("name", "pca0", "pca1"), out.columnNames());
        assertArrayEquals(new double[] {2 * root5, root5, 0, -root5, -2 * root5}, out.doubleColumn("pca0").asDoubleArray(),
                1e-12);
        assertEquals(List.of("p", "q", "r", "s", "t"), out.stringColumn("name").asList());
    }

    @Test
    void namedColumnsAreDecomposedAndTheScoresStandWhereTheFirstOneStood() {
        Table table = random(3, 30, 4);
        PCAModel model = new PCA().nComponents(2).columns("c2", "c1").fit(table);
        assertEquals(List.of("c2", "c1"), model.columns());
        Table out = model.transform(table);
        assertEquals(List.of("c0", "pca0", "pca1", "c3"), out.columnNames());
        assertArrayEquals(table.doubleColumn("c3").asDoubleArray(), out.doubleColumn("c3").asDoubleArray(), 0);
        assertInputUnchanged(table, t -> new PCA().fit(t).transform(t), t -> new PCA().fitTransform(t));
    }

    @Test
    void aFractionKeepsTheFewestComponentsExplainingMoreThanIt() {
        PCAModel all = new PCA().fit(orthogonal());
        assertArrayEquals(new double[] {12, 16.0 / 3, 4.0 / 3}, all.explainedVariance(), 1e-12);
        assertEquals(1, new PCA().nComponents(0.6).fit(orthogonal()).nComponents());
        // side="right": a fraction equal to the first cumulated ratio needs the next component
        double first = all.explainedVarianceRatio()[0];
        assertEquals(2, new PCA().nComponents(first).fit(orthogonal()).nComponents());
        PCAModel two = new PCA().nComponents(0.9).fit(orthogonal());
        assertEquals(2, two.nComponents());
        assertEquals(4.0 / 3, two.noiseVariance(), 1e-12);
        assertEquals(3, new PCA().nComponents(0.99999).fit(orthogonal()).nComponents());
    }

    @Test
    void whitenedScoresHaveUnitVarianceAndInvertBack() {
        Table table = random(5, 40, 3);
        PCAModel model = new PCA().whiten(true).fit(table);
        Table out = model.transform(table);
        for (int k = 0; k < 3; k++) {
            double[] scores = out.doubleColumn("pca" + k).asDoubleArray();
            double squares = 0;
            for (double s : scores) {
                squares += s * s;
            }
            assertEquals(1, squares / (scores.length - 1), 1e-12, "pca" + k);
        }
        Table back = model.inverseTransform(out);
        for (int a = 0; a < 3; a++) {
            assertArrayEquals(table.doubleColumn("c" + a).asDoubleArray(), back.doubleColumn("c" + a).asDoubleArray(),
                    1e-12);
        }
    }

    @Test
    void oneRowAndConstantColumnsHaveNoVarianceAndWhitenWithoutDividingByZero() {
        PCAModel one = new PCA().whiten(true).fit(line().first(1));
        assertEquals(1, one.nComponents());
        assertArrayEquals(new double[] {0}, one.explainedVariance(), 0);
        assertArrayEquals(new double[] {0}, one.explainedVarianceRatio(), 0);
        assertArrayEquals(new double[] {0}, one.transform(line().first(1)).doubleColumn("pca0").asDoubleArray(), 0);
        Table constant = Table.create("c", DoubleColumn.create("a", new double[] {2, 2, 2}),
                DoubleColumn.create("b", new double[] {-1, -1, -1}));
        PCAModel flat = new PCA().nComponents(0.5).whiten(true).fit(constant);
        assertEquals(2, flat.nComponents());
        assertArrayEquals(new double[] {0, 0}, flat.explainedVarianceRatio(), 0);
        assertArrayEquals(new double[] {0, 0, 0}, flat.transform(constant).doubleColumn("pca1").asDoubleArray(), 0);
    }

    @Test
    void badTablesAreRefusedNamingTheColumn() {
        assertRejected(() -> new PCA().fit(line().emptyCopy()), "PCA", "empty");
        assertRejected(() -> new PCA().fit(line().selectColumns("name")), "PCA", "no numeric column");
        assertRejected(() -> new PCA().nComponents(3).fit(line()), "PCA", "nComponents=3", "min(rows, columns)=2");
        assertRejected(() -> new PCA().nComponents(3).fit(random(1, 2, 5)), "min(rows, columns)=2");
        Table gap = Extremes.withValue(line(), "x", 2, Double.NaN);
        assertRejected(() -> new PCA().fit(gap), "PCA", "'x'", "missing value in row 2");
        Extremes.assertRefusesInfinity(() -> new PCA().fit(Extremes.withValue(line(), "x", 3,
                Double.NEGATIVE_INFINITY)), "PCA", "x", 3);
        assertRejected(() -> new PCA().columns("z").fit(line()), "'z'");
        Table both = Extremes.withValue(gap, "y", 4, Double.POSITIVE_INFINITY);
        Extremes.assertRefusesInfinity(() -> new PCA().fit(both), "PCA", "y", 4);
        assertRejected(() -> new PCA().nComponents(3).fit(gap), "PCA", "'x'", "missing value in row 2");
        PCAModel model = new PCA().fit(line());
        assertRejected(() -> model.transform(gap), "PCAModel.transform", "'x'", "missing value in row 2");
        Extremes.assertRefusesInfinity(() -> model.transform(Extremes.withValue(line(), "y", 1,
                Double.POSITIVE_INFINITY)), "PCAModel.transform", "y", 1);
        assertRejected(() -> model.transform(line().removeColumns("y")), "'y'");
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryComponentsOrAClearRefusal() {
        Table ordinary = Extremes.complete();
        PCAModel expected = new PCA().fit(ordinary);
        for (int exponent : List.of(-996, -664, 300)) {
            PCAModel scaled = new PCA().fit(Extremes.timesPowerOfTwo(ordinary, exponent));
            for (int k = 0; k < expected.nComponents(); k++) {
                assertArrayEquals(expected.components()[k], scaled.components()[k], 0, "2^" + exponent);
            }
            Extremes.assertScaled(expected.mean(), exponent, scaled.mean(), "mean at 2^" + exponent);
            Extremes.assertScaled(expected.singularValues(), exponent, scaled.singularValues(), "S at 2^" + exponent);
            assertArrayEquals(expected.explainedVarianceRatio(), scaled.explainedVarianceRatio(), 0);
        }
        assertRejected(() -> new PCA().fit(Extremes.timesPowerOfTwo(ordinary, 996)), "PCA",
                "exceeds the double range", "rescale");
    }

    @Test
    void theGramPathAndTheQrPathAgreeAndIllConditionedDataTakesQr() {
        Table table = random(11, 500, 6);
        PCAModel gram = new PCA().nComponents(3).fit(table);
        double[] flat = new double[500];
        java.util.Arrays.fill(flat, 4);
        PCAModel all = new PCA().fit(table.copy().addColumns(DoubleColumn.create("flat", flat)));
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(gram.components()[k], java.util.Arrays.copyOf(all.components()[k], 6), 1e-12);
        }
        assertArrayEquals(gram.singularValues(), java.util.Arrays.copyOf(all.singularValues(), 3), 1e-10);
    }
}
