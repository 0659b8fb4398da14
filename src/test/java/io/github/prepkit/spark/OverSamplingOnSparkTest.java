package io.github.prepkit.spark;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static io.github.prepkit.spark.SparkAssertions.assertSameFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.base.Sampler;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.resample.SMOTE;
import io.github.prepkit.resample.SMOTENC;
import io.github.prepkit.resample.SamplingStrategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@Tag("spark")
class OverSamplingOnSparkTest {

    private static final SparkSession SPARK = LocalSpark.session();

    /**
     * Classes a (7 rows), b (12, the majority, which does not grow) and c (4), in a string target; a double feature
     * with zeros of both signs and values near the double range, an int, a long beyond 2^53 and a float feature, which
     * all become double; a text column whose level "violet" only b has (SMOTENC's categorical column).
     */
    static Table awkward() {
        String[] labels = "b a b c b a b b c a b a b c a b b a c b a b b".split(" ");
        return Table.create("awkward",
                DoubleColumn.create("x", 0.5, -0.0, 2.25, 1e300, -3.5, 0.0, 7.125, -1e300, -0.0, 1.75, 4.0, 0.0, -2.5,
                        3.0, -0.0, 6.5, 1e-300, 2.5, 0.0, -5.0, 3.25, 8.0, -0.75),
                IntColumn.create("n", 3, -1, 4, 0, 9, 2, -6, 5, 1, 7, 0, -3, 8, 2, 6, -4, 1, 3, 5, 0, -2, 9, 4),
                LongColumn.create("m", 10, -20, 30, 9007199254740993L, -50, 60, 70, -80, 90, 100, 110, -120, 130,
                        -9007199254740993L, 150, -160, 170, 180, 190, 200, -210, 220, 230),
                FloatColumn.create("f", 0.1f, 0.2f, -0.3f, 1.5f, 2.5f, -0.0f, 3.75f, 1e30f, 0.7f, -0.9f, 1.1f, 1.3f,
                        -1.7f, 0.0f, 2.1f, 2.3f, -2.9f, 3.1f, 3.3f, 3.7f, -4.1f, 4.3f, 4.7f),
                StringColumn.create("label", labels),
                StringColumn.create("colour", IntStream.range(0, labels.length).mapToObj(row -> labels[row].equals("b")
                        && row % 4 == 0 ? "violet" : row % 3 == 0 ? "red" : row % 3 == 1 ? "green" : "blue")
                        .toArray(String[]::new)));
    }

    /** {@link #awkward()} with a boolean and a date column, which a random over-sampler copies. */
    private static Table awkwardWithDates() {
        Table table = awkward();
        return table.addColumns(
                BooleanColumn.create("flag", IntStream.range(0, table.rowCount()).mapToObj(row -> row % 5 < 2)
                        .toList()),
                DateColumn.create("day", IntStream.range(0, table.rowCount())
                        .mapToObj(row -> LocalDate.of(2024, 1, 1).plusDays(row * 3L)).toList()));
    }

    private static Table cancer() {
        return Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "mean_smoothness",
                "diagnosis");
    }

    /** {@link #cancer()} with a categorical column: the mean radius as small, medium or large. */
    private static Table cancerWithSize() {
        Table cancer = cancer();
        return cancer.addColumns(StringColumn.create("size", IntStream.range(0, cancer.rowCount()).mapToObj(row -> {
            double radius = cancer.numberColumn("mean_radius").getDouble(row);
            return radius < 12 ? "small" : radius < 16 ? "medium" : "large";
        }).toArray(String[]::new)));
    }

    /** Each sampler, strategy and table, on 1, 3 and 7 partitions. */
    static Stream<Arguments> cases() {
        SMOTE smote = new SMOTE().kNeighbors(3).seed(11).nJobs(1);
        SMOTENC smotenc = new SMOTENC().kNeighbors(3).seed(12).nJobs(1);
        RandomOverSampler random = new RandomOverSampler().seed(13);
        List<SamplingStrategy> strategies = List.of(SamplingStrategy.AUTO, SamplingStrategy.MINORITY,
                SamplingStrategy.NOT_MINORITY, SamplingStrategy.counts(Map.of("c", 9, "a", 8)));
        Stream<Arguments> awkward = strategies.stream().flatMap(strategy -> Stream.of(
                Arguments.of(smote.samplingStrategy(strategy), awkward().removeColumns("colour"), "label"),
                Arguments.of(smotenc.samplingStrategy(strategy), awkward(), "label"),
                Arguments.of(random.samplingStrategy(strategy), awkwardWithDates(), "label")));
        Stream<Arguments> cancer = Stream.of(
                Arguments.of(new SMOTE().seed(8).nJobs(1), cancer(), "diagnosis"),
                Arguments.of(new SMOTENC().seed(8).nJobs(1), cancerWithSize(), "diagnosis"),
                Arguments.of(new RandomOverSampler().seed(8), cancer(), "diagnosis"),
                // with a shrinkage every row goes to the driver: the noise scale counts them all
                Arguments.of(new RandomOverSampler().seed(8).shrinkage(0.5), cancer(), "diagnosis"));
        return Stream.concat(awkward, cancer).flatMap(arguments -> IntStream.of(1, 3, 7).mapToObj(partitions ->
                Arguments.of(arguments.get()[0], arguments.get()[1], arguments.get()[2], partitions)));
    }

    @ParameterizedTest(name = "{0} on {3} partitions")
    @MethodSource("cases")
    void theRowsAreThoseOfALocalFitResampleBitForBit(Sampler sampler, Table data, String target, int partitions) {
        Dataset<Row> resampled = PrepkitSpark.fitResample(SPARK, sampler, LocalSpark.dataset(data, partitions), target);
        assertTableIdentical(sampler.fitResample(data, target), PrepkitSpark.collect(resampled));
    }

    @Test
    void onlyTheGrowingClassesAndTheirNewRowsCountAgainstTheDriversBudget() {
        SMOTE smote = new SMOTE().kNeighbors(3).seed(11).nJobs(1);
        Table data = awkward().removeColumns("colour");
        Dataset<Row> frame = LocalSpark.dataset(data, 3);
        long fits = 24 * 5 * DriverTable.BYTES_PER_CELL;   // a and c, grown to 12 rows each, of 5 columns
        assertEquals("SMOTE fits on the driver, and the classes that grow, with the rows they gain, have 24 rows of 5"
                + " columns, about 0.0 MB there, more than the 0.0 MB allowed: fit on a sample, data.sample(false,"
                + " fraction, seed), or give the driver more memory", assertThrows(IllegalArgumentException.class,
                        () -> OverSamplingOnSpark.fitResample(SPARK, smote, frame, "label", fits - 1)).getMessage());
        assertTableIdentical(smote.fitResample(data, "label"),
                PrepkitSpark.collect(OverSamplingOnSpark.fitResample(SPARK, smote, frame, "label", fits)));
    }

    @Test
    void moreRowsThanATableHoldsAreRefusedSayingHowMany() {
        assertEquals("SMOTE: the classes that grow, with the rows they gain, have 3000000000 rows, more than a table"
                + " holds (2147483647): resample a sample, data.sample(false, fraction, seed)",
                assertThrows(IllegalArgumentException.class,
                        () -> OverSamplingOnSpark.requireTableSize(3_000_000_000L, "SMOTE")).getMessage());
    }

    @Test
    void badTargetsFailAsLocally() {
        Table data = named(awkward());
        for (Sampler sampler : List.of(new SMOTE().kNeighbors(3), new SMOTENC().kNeighbors(3),
                new RandomOverSampler())) {
            assertSameFailure(sampler, data, "lable");
            Table unlabelled = data.copy();
            unlabelled.stringColumn("label").setMissing(4);
            unlabelled.stringColumn("label").set(17, "");
            assertSameFailure(sampler, unlabelled, "label");
            Table continuous = named(awkward().removeColumns("label", "colour").addColumns(DoubleColumn.create("label",
                    IntStream.range(0, 23).mapToDouble(row -> row == 13 ? 2.5 : row % 2))));
            assertSameFailure(sampler, continuous, "label");
            assertSameFailure(sampler, data.where(data.stringColumn("label").isEqualTo("b")), "label");
            assertSameFailure(sampler, data.dropRange(0, 23), "label");
        }
        assertSameFailure(new SMOTE().samplingStrategy(SamplingStrategy.counts(Map.of("b", 3))), data, "label");
    }

    @Test
    void badFeaturesFailAsLocally() {
        Table infinite = named(awkward());
        infinite.floatColumn("f").set(20, Float.NEGATIVE_INFINITY);
        infinite.intColumn("n").setMissing(5);
        assertSameFailure(new SMOTENC().kNeighbors(3), infinite, "label");
        Table missing = named(awkward());
        missing.intColumn("n").setMissing(21);
        missing.doubleColumn("x").setMissing(19);
        missing.doubleColumn("x").setMissing(22);
        assertSameFailure(new SMOTENC().kNeighbors(3), missing, "label");
        Table categories = named(awkward());
        categories.stringColumn("colour").setMissing(10);
        categories.stringColumn("colour").setMissing(2);
        assertSameFailure(new SMOTENC().kNeighbors(3), categories, "label");
        assertSameFailure(new SMOTENC().kNeighbors(3).categoricalColumns("colour", "x").nJobs(1),
                named(awkward().replaceColumn("x", DoubleColumn.create("x", IntStream.range(0, 23)
                        .mapToDouble(row -> row == 9 ? 0.5 : row % 3)))), "label");
        assertSameFailure(new SMOTE().kNeighbors(3), named(awkward()), "label");
        assertSameFailure(new SMOTE().kNeighbors(4), named(awkward().removeColumns("colour")), "label");
        assertSameFailure(new SMOTENC().categoricalColumns("hue"), named(awkward()), "label");
    }

    /** {@code table} named as a table from Spark is, which a missing column's message names. */
    private static Table named(Table table) {
        return table.copy().setName("data");
    }
}
