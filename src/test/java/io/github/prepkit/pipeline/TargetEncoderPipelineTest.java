package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.encode.TargetEncoder;
import io.github.prepkit.encode.TargetEncoderModel;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.persist.ModelFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A target encoder followed by a logistic regression: the regression learns from the cross-fitted encodings, the
 * predictions use the encodings of every row, and the fitted pipeline travels through a model file unchanged.
 */
class TargetEncoderPipelineTest {

    /** Breast cancer's radius and texture, with the radius also as a string band of whole millimetres. */
    private static Table cancer() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        String[] bands = new String[cancer.rowCount()];
        for (int row = 0; row < bands.length; row++) {
            bands[row] = "r" + (int) cancer.numberColumn("mean_radius").getDouble(row);
        }
        return cancer.addColumns(StringColumn.create("band", bands));
    }

    private static final ClassifierPipeline PIPELINE = Pipeline.steps()
            .transform("encode", new TargetEncoder().cv(4).seed(7))
            .classifier("logistic", new LogisticRegression().nJobs(1));

    @Test
    void theRegressionLearnsFromTheCrossFittedEncodingsAndPredictsWithTheFullFit() {
        Table data = cancer();
        Table features = Columns.without(data, "diagnosis");
        Column<?> target = data.column("diagnosis");
        TargetEncoder encoder = new TargetEncoder().cv(4).seed(7);
        TargetEncoderModel encoding = encoder.fit(features, target);
        LogisticRegressionModel byHand = new LogisticRegression().nJobs(1)
                .fit(encoder.trainingOutput(encoding, features, target), target);
        ClassifierPipelineModel fitted = PIPELINE.fit(data, "diagnosis");
        assertTableIdentical(byHand.predictProba(encoding.transform(features)), fitted.predictProba(features));
    }

    @Test
    void theFittedPipelineIsSavedAndLoadedThroughAModelFile(@TempDir Path directory) throws Exception {
        Table data = cancer();
        Table features = Columns.without(data, "diagnosis");
        ClassifierPipelineModel fitted = PIPELINE.fit(data, "diagnosis");
        Path file = directory.resolve("target-encoded.prepkit");
        ModelFiles.save(fitted, file);
        ClassifierPipelineModel loaded = ModelFiles.load(file, ClassifierPipelineModel.class);
        assertTableIdentical(fitted.predictProba(features), loaded.predictProba(features));
        assertEquals(fitted.predict(features).asList(), loaded.predict(features).asList());
        byte[] again = ModelFiles.toBytes(loaded);
        assertArrayEquals(Files.readAllBytes(file), again, "saving the loaded pipeline writes the same bytes");
    }
}
