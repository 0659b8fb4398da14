package io.github.prepkit.resample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.internal.data.FeatureMatrix;
import io.github.prepkit.internal.data.Moments;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.Pipeline;
import io.github.prepkit.reference.ReferenceCase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RandomOverSamplerTest {

    /** 6 rows of class "a" and 2 of class "b"; the id tells the rows apart. */
    private static Table data() {
        return Table.create("d", IntColumn.create("id", IntStream.range(0, 8).toArray()),
                StringColumn.create("label", "a", "a", "b", "a", "a", "a", "b", "a"));
    }

    @Test
    void copiesMinorityRowsAfterTheOriginals() {
        Table resampled = new RandomOverSampler().fitResample(data(), "label");
        assertEquals(12, resampled.rowCount());
        assertEquals(data().intColumn("id").asList(), resampled.intColumn("id").asList().subList(0, 8), "originals first");
        for (int row = 8; row < 12; row++) {
            assertEquals("b", resampled.stringColumn("label").get(row));
            assertTrue(List.of(2, 6).contains(resampled.intColumn("id").getInt(row)), "a copy of a b row");
        }
    }

    @Test
    void theSeedDecidesWhichRowsAreCopied() {
        Table data = Table.create("d", IntColumn.create("id", IntStream.range(0, 40).toArray()),
                IntColumn.create("y", IntStream.range(0, 40).map(i -> i < 30 ? 0 : 1).toArray()));
        List<Integer> one = new RandomOverSampler().seed(1).fitResample(data, "y").intColumn("id").asList();
        assertEquals(one, new RandomOverSampler().seed(1).fitResample(data, "y").intColumn("id").asList());
        assertTrue(!one.equals(new RandomOverSampler().seed(2).fitResample(data, "y").intColumn("id").asList()));
    }

    @Test
    void countsStrategyAndUntouchedInput() {
        Table data = data();
        Table resampled = new RandomOverSampler().samplingStrategy(SamplingStrategy.counts(Map.of("b", 3))).fitResample(data, "label");
        assertEquals(9, resampled.rowCount());
        assertEquals(8, data.rowCount());
    }

    @Test
    void badTargetFailsClearly() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(data(), "class"))
                .getMessage().contains("column 'class' not found"));
        Table gap = Table.create("d", StringColumn.create("label", "a", "", "b"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(gap, "label"))
                .getMessage().startsWith("RandomOverSampler: target column 'label' has 1 missing value(s)"));
        assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().samplingStrategy(null));
    }

    @Test
    void aSingleClassOrAContinuousTargetIsRefusedAsImbalancedLearnRefusesIt() {
        Table one = Table.create("d", IntColumn.create("x", 1, 2, 3), StringColumn.create("label", "a", "a", "a"));
        assertEquals("RandomOverSampler: the target 'label' has a single class ('a'): there is nothing to balance"
                + " (imbalanced-learn fails too)", assertThrows(IllegalArgumentException.class,
                () -> new RandomOverSampler().fitResample(one, "label")).getMessage());
        Table continuous = Table.create("d", IntColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 0.5, 1, 2));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().fitResample(continuous, "y"))
                .getMessage().startsWith("RandomOverSampler: target column 'y' holds continuous values (0.5 at row 0)"));
    }

    /**
     * imbalanced-learn 0.10's smoothed bootstrap (generate_oversampling.py): the class counts, and each growing class's
     * noise standard deviation per feature, shrinkage x h x the class's std, read from imbalanced-learn's own run.
     */
    @ParameterizedTest
    @ValueSource(strings = {"random_over_shrinkage_wine", "random_over_shrinkage_breast_cancer"})
    @SuppressWarnings("unchecked")
    void smoothedBootstrapMatchesImbalancedLearnsCountsAndNoiseScale(String name) {
        ReferenceCase reference = ReferenceCase.of("resample/" + name);
        Table input = reference.input();
        String target = (String) reference.params().get("target");
        Object given = reference.params().get("shrinkage");
        RandomOverSampler sampler = given instanceof Map<?, ?> map
                ? new RandomOverSampler().shrinkage(map.entrySet().stream().collect(Collectors.toMap(
                        e -> (String) e.getKey(), e -> ((Number) e.getValue()).doubleValue())))
                : new RandomOverSampler().shrinkage(((Number) given).doubleValue());
        Map<String, Object> expected = (Map<String, Object>) reference.expectedJson();
        Table resampled = sampler.fitResample(input, target);
        Segments.assertClassCounts(resampled, target, expected.get("class_counts_after"));
        List<String> features = input.columnNames().stream().filter(c -> !c.equals(target)).toList();
        FeatureMatrix matrix = FeatureMatrix.of(input, features, "test");
        ClassRows classes = ClassRows.of(input, target, "test");
        for (var scale : ((Map<String, List<Number>>) expected.get("noise_scale")).entrySet()) {
            double[] ours = RandomOverSampler.noiseScale(matrix, classes.members(classes.names().indexOf(scale.getKey())),
                    sampler.shrinkage().of(scale.getKey()), input.rowCount());
            for (int j = 0; j < ours.length; j++) {
                double theirs = scale.getValue().get(j).doubleValue();
                assertEquals(theirs, ours[j], 1e-9 * Math.abs(theirs), scale.getKey() + " " + features.get(j));
            }
        }
    }

    /** Class b: 40 rows on two features; class a: 20040 rows, so that b gains 20000 noisy copies. */
    private static Table wide() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 20080;
        double[] u = new double[n];
        double[] v = new double[n];
        String[] label = new String[n];
        for (int i = 0; i < n; i++) {
            label[i] = i < 40 ? "b" : "a";
            u[i] = i < 40 ? random.nextDouble() * 4 : 10;
            v[i] = i < 40 ? 100 + random.nextGaussian() * 0.5 : 20;
        }
        return Table.create("wide", DoubleColumn.create("u", u), DoubleColumn.create("v", v),
                StringColumn.create("label", label));
    }

    @Test
    void theNoiseFollowsShrinkageTimesBandwidthTimesTheClassStd() {
        Table data = wide();
        Table resampled = new RandomOverSampler().seed(4).shrinkage(10).fitResample(data, "label");
        assertEquals(40080, resampled.rowCount());
        assertEquals(ColumnType.DOUBLE, resampled.column("u").type());
        double h = Math.pow(4.0 / (4 * 20080.0), 1.0 / 6);
        for (String column : List.of("u", "v")) {
            double[] original = data.doubleColumn(column).inRange(0, 40).asDoubleArray();
            double[] copies = resampled.doubleColumn(column).inRange(20080, 40080).asDoubleArray();
            double std = Moments.std(original);
            // a copy is a drawn row plus independent noise: its variance is the class's plus the noise's
            double predicted = 10 * h * std;
            double noise = Math.sqrt(Math.pow(Moments.std(copies), 2) - std * std);
            assertEquals(predicted, noise, 0.03 * predicted, column);
            assertEquals(Moments.mean(original), Moments.mean(copies), 0.05 * predicted, column);
        }
    }

    @Test
    void theSeedDecidesTheNoiseAndNoShrinkageIsPlainCopies() {
        Table data = wide();
        RandomOverSampler smoothed = new RandomOverSampler().seed(4).shrinkage(Map.of("b", 0.5));
        double[] one = smoothed.fitResample(data, "label").doubleColumn("u").asDoubleArray();
        assertArrayEquals(one, smoothed.fitResample(data, "label").doubleColumn("u").asDoubleArray());
        assertFalse(Arrays.equals(one, smoothed.seed(5).fitResample(data, "label").doubleColumn("u").asDoubleArray()));
        assertEquals(new RandomOverSampler(SamplingStrategy.AUTO, 4), new RandomOverSampler().seed(4)
                .shrinkage(0.5).shrinkage((RandomOverSampler.Shrinkage) null));
        Table zero = new RandomOverSampler().seed(4).shrinkage(0).fitResample(data, "label");
        Table copies = new RandomOverSampler().seed(4).fitResample(data, "label");
        assertArrayEquals(copies.doubleColumn("u").asDoubleArray(), zero.doubleColumn("u").asDoubleArray(),
                "shrinkage 0 draws the same rows, with no noise");
    }

    @Test
    void shrinkageIsCheckedAndNeedsNumbers() {
        assertEquals("shrinkage must be finite and at least 0, found -1.0 for every class",
                assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().shrinkage(-1)).getMessage());
        assertEquals("shrinkage must be finite and at least 0, found NaN for class 'b'",
                assertThrows(IllegalArgumentException.class,
                        () -> new RandomOverSampler().shrinkage(Map.of("b", Double.NaN))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler.Shrinkage(1.0, Map.of()));
        assertEquals("RandomOverSampler: shrinkage has no factor for class 'b', which grows; it has [c]",
                assertThrows(IllegalArgumentException.class, () -> new RandomOverSampler().shrinkage(Map.of("c", 1.0))
                        .fitResample(wide(), "label")).getMessage());
        Table strings = data().addColumns(StringColumn.create("s", "x", "y", "x", "y", "x", "y", "x", "y"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new RandomOverSampler().shrinkage(1).fitResample(strings, "label")).getMessage()
                .startsWith("RandomOverSampler: column 's' is STRING, not numeric; a shrinkage adds noise"));
        assertEquals(12, new RandomOverSampler().fitResample(strings, "label").rowCount(), "without, any type is copied");
    }

    @Test
    void aPerClassShrinkageIsSavedAndLoadedInAPipeline() {
        var pipeline = Pipeline.steps()
                .resample("bootstrap", new RandomOverSampler().seed(3).shrinkage(Map.of("b", 0.25, "c", 2.0)))
                .classifier("knn", new KNeighborsClassifier().nJobs(1));
        assertEquals(pipeline, ModelFiles.estimatorFromBytes(ModelFiles.estimatorToBytes(pipeline), pipeline.getClass()));
    }
}
