package io.github.prepkit.contract;

import static io.github.prepkit.spark.SparkAssertions.assertRows;
import static io.github.prepkit.spark.SparkAssertions.assertUnderSampled;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.ClassifierModel;
import io.github.prepkit.base.Model;
import io.github.prepkit.base.Predictor;
import io.github.prepkit.base.PredictorModel;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.base.Transformer;
import io.github.prepkit.base.TransformerModel;
import io.github.prepkit.data.Columns;
import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.resample.RandomUnderSampler;
import io.github.prepkit.spark.LocalSpark;
import io.github.prepkit.spark.PrepkitSpark;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import tech.tablesaw.api.Table;

/**
 * Every registered class's fitted model (a sampler inside a pipeline, as the contract suite saves it) applied to its
 * data on Spark, in three partitions, gives the local output bit for bit, with the same column names and types:
 * {@code transform} for transformers; {@code predict} and, for classifiers, {@code predictProba} for predictors.
 * Outlier detectors and nearest neighbours have no Spark form yet. Every transformer and predictor fitted on Spark is
 * the model fitted locally on the same rows, byte for byte in its model file, and every sampler on Spark gives the
 * rows it gives locally, except the random under-sampler, which gives as many rows of each class, chosen otherwise.
 * A model holding user code (a lambda) cannot travel as its file: Spark refuses it saying so, and its fit on Spark
 * (on the driver) transforms as the local fit does.
 */
@Tag("spark")
class SparkContractTest {

    @TestFactory
    Stream<DynamicTest> everyFittedModelGivesItsLocalOutputOnSpark() {
        SparkSession spark = LocalSpark.session();
        return Registry.all().stream().map(contract -> DynamicTest.dynamicTest(contract.toString(), () -> {
            Table data = contract.data().get();
            Model model = ContractSuiteTest.savable(contract.estimator().get(), data, contract.target());
            Dataset<Row> frame = LocalSpark.dataset(data, 3);
            if (!contract.saveable()) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> PrepkitSpark.transform(spark, (TransformerModel) model, frame));
                assertTrue(e.getMessage().contains("not user code such as a lambda"), e.getMessage());
                return;
            }
            if (model instanceof TransformerModel transformer) {
                // a transformer fitted with the target (a target encoder) transforms the features alone
                Table features = contract.target() == null ? data : Columns.without(data, contract.target());
                assertRows(PrepkitSpark.transform(spark, transformer, LocalSpark.dataset(features, 3)),
                        transformer.transform(features));
            }
            if (model instanceof PredictorModel predictor) {
                Table features = Columns.without(data, contract.target());
                assertRows(PrepkitSpark.predict(spark, predictor, frame), data,
                        Table.create(predictor.predict(features).setName(PrepkitSpark.PREDICTION)));
            }
            if (model instanceof ClassifierModel classifier) {
                Table features = Columns.without(data, contract.target());
                assertRows(PrepkitSpark.predictProba(spark, classifier, frame), data, classifier.predictProba(features));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySamplerOnSparkGivesTheLocalRows() {
        SparkSession spark = LocalSpark.session();
        return Registry.all().stream().filter(contract -> contract.estimator().get() instanceof Sampler)
                .map(contract -> DynamicTest.dynamicTest(contract.toString(), () -> {
                    Table data = contract.data().get();
                    Sampler sampler = (Sampler) contract.estimator().get();
                    Dataset<Row> resampled = PrepkitSpark.fitResample(spark, sampler, LocalSpark.dataset(data, 3),
                            contract.target());
                    Table local = sampler.fitResample(data, contract.target());
                    if (sampler instanceof RandomUnderSampler) {
                        assertUnderSampled(data, local, PrepkitSpark.collect(resampled), contract.target());
                    } else {
                        assertRows(resampled, local);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyEstimatorFittedOnSparkIsTheLocalModel() {
        SparkSession spark = LocalSpark.session();
        return Registry.all().stream()
                .filter(contract -> contract.estimator().get() instanceof Transformer<?>
                        || contract.estimator().get() instanceof Predictor<?>)
                .map(contract -> DynamicTest.dynamicTest(contract.toString(), () -> {
                    Table data = contract.data().get();
                    Dataset<Row> frame = LocalSpark.dataset(data, 3);
                    Object estimator = contract.estimator().get();
                    Model local;
                    Model onSpark;
                    if (estimator instanceof Transformer<?> transformer) {
                        local = transformer.fit(data);
                        onSpark = PrepkitSpark.fit(spark, transformer, frame);
                    } else {
                        Predictor<?> predictor = (Predictor<?>) estimator;
                        local = predictor.fit(data, contract.target());
                        onSpark = PrepkitSpark.fit(spark, predictor, frame, contract.target());
                    }
                    if (contract.saveable()) {
                        assertArrayEquals(ModelFiles.toBytes(local), ModelFiles.toBytes(onSpark));
                    } else {
                        assertTableIdentical(((TransformerModel) local).transform(data),
                                ((TransformerModel) onSpark).transform(data));
                    }
                }));
    }
}
