package io.github.prepkit.spark;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static io.github.prepkit.spark.SparkAssertions.assertSameFailure;
import static io.github.prepkit.spark.SparkAssertions.assertUnderSampled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.resample.SamplingStrategy;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class UnderSamplingOnSparkTest {

    private static final SparkSession SPARK = LocalSpark.session();

    /** Breast cancer (212 malignant, 357 benign rows) with each row's index in column "id". */
    private static Table cancer() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        return cancer.addColumns(IntColumn.indexColumn("id", cancer.rowCount(), 0));
    }

    /** The ids of the rows {@code sampler} keeps of {@code data} on Spark, in {@code partitions} partitions. */
    private static List<Integer> kept(RandomUnderSampler sampler, Table data, String target, int partitions) {
        return PrepkitSpark.collect(PrepkitSpark.fitResample(SPARK, sampler, LocalSpark.dataset(data, partitions),
                target)).intColumn("id").asList();
    }

    @Test
    void eachClassKeepsAsManyRowsAsLocallyAllOfThemInputRowsInTheirOrder() {
        Table awkward = OverSamplingOnSparkTest.awkward();
        awkward.addColumns(IntColumn.indexColumn("id", awkward.rowCount(), 0));
        for (SamplingStrategy strategy : List.of(SamplingStrategy.AUTO, SamplingStrategy.MAJORITY,
                SamplingStrategy.NOT_MAJORITY, SamplingStrategy.counts(Map.of("b", 0, "a", 6)))) {
            RandomUnderSampler sampler = new RandomUnderSampler().samplingStrategy(strategy).seed(5);
            for (int partitions : new int[] {1, 3, 7}) {
                assertUnderSampled(awkward, sampler.fitResample(awkward, "label"), PrepkitSpark.collect(
                        PrepkitSpark.fitResample(SPARK, sampler, LocalSpark.dataset(awkward, partitions), "label")),
                        "label");
            }
        }
        RandomUnderSampler sampler = new RandomUnderSampler().seed(8);
        assertUnderSampled(cancer(), sampler.fitResample(cancer(), "diagnosis"), PrepkitSpark.collect(
                PrepkitSpark.fitResample(SPARK, sampler, LocalSpark.dataset(cancer(), 3), "diagnosis")), "diagnosis");
    }

    @Test
    void theSameSeedGivesTheSameRowsOnAnyPartitioningAndAnotherSeedOthers() {
        RandomUnderSampler sampler = new RandomUnderSampler().seed(8);
        List<Integer> rows = kept(sampler, cancer(), "diagnosis", 3);
        assertEquals(rows, kept(sampler, cancer(), "diagnosis", 3));
        assertEquals(rows, kept(sampler, cancer(), "diagnosis", 1));
        assertEquals(rows, kept(sampler, cancer(), "diagnosis", 7));
        assertNotEquals(rows, kept(sampler.seed(9), cancer(), "diagnosis", 3));
    }

    @Test
    void theKeptRowsOfTheShrunkClassAreSpreadOverTheDataset() {
        Table cancer = cancer();
        List<Integer> benign = cancer.where(cancer.stringColumn("diagnosis").isEqualTo("benign")).intColumn("id")
                .asList();
        List<Integer> kept = kept(new RandomUnderSampler().seed(8), cancer, "diagnosis", 3).stream()
                .filter(benign::contains).toList();
        assertEquals(212, kept.size());
        assertNotEquals(benign.subList(0, 212), kept, "not the first benign rows");
        for (int third = 0; third < 3; third++) {
            int from = third * 190;
            long inThird = kept.stream().filter(id -> id >= from && id < from + 190).count();
            long benignInThird = benign.stream().filter(id -> id >= from && id < from + 190).count();
            assertTrue(inThird > benignInThird / 3 && inThird < benignInThird, "kept benign rows among ids " + from
                    + " to " + (from + 189) + ": " + inThird + " of " + benignInThird);
        }
    }

    @Test
    void aWindowThatMissesTheThresholdWidensUntilItFindsTheSameRows() {
        RandomUnderSampler sampler = new RandomUnderSampler().seed(8);
        Table cancer = cancer();
        Table found = PrepkitSpark.collect(PrepkitSpark.fitResample(SPARK, sampler, LocalSpark.dataset(cancer, 3),
                "diagnosis"));
        assertTableIdentical(found, PrepkitSpark.collect(UnderSamplingOnSpark.fitResample(SPARK, sampler,
                LocalSpark.dataset(cancer, 3), "diagnosis", 1e-6)));
    }

    @Test
    void badTargetsAndStrategiesFailAsLocally() {
        Table data = OverSamplingOnSparkTest.awkward().setName("data");
        RandomUnderSampler sampler = new RandomUnderSampler();
        assertSameFailure(sampler, data, "Label");
        Table unlabelled = data.copy();
        unlabelled.stringColumn("label").setMissing(9);
        assertSameFailure(sampler, unlabelled, "label");
        Table continuous = data.copy().addColumns(DoubleColumn.create("y", IntStream.range(0, 23)
                .mapToDouble(row -> row == 21 ? Double.NEGATIVE_INFINITY : row % 3)));
        assertSameFailure(sampler, continuous, "y");
        assertSameFailure(sampler, data.where(data.stringColumn("label").isEqualTo("a")), "label");
        assertSameFailure(sampler, data.dropRange(0, 23), "label");
        assertSameFailure(sampler.samplingStrategy(SamplingStrategy.ratio(0.5)), data, "label");
        assertSameFailure(sampler.samplingStrategy(SamplingStrategy.counts(Map.of("c", 5))), data, "label");
    }
}
