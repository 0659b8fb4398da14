package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.scale.StandardScaler;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RegressorPipelineModelTest {

    private static final RegressorPipeline PIPELINE = Pipeline.steps()
            .transform("impute", new SimpleImputer())
            .transform("scale", new StandardScaler())
            .regressor("ols", new LinearRegression());

    private static Table diabetes() {
        return Datasets.load("diabetes");
    }

    @Test
    void itRemembersItsPipelineAndPredictsWithItsSteps() {
        RegressorPipelineModel model = PIPELINE.fit(diabetes(), "progression");
        assertSame(PIPELINE, model.estimator());
        Table features = Columns.without(diabetes(), "progression");
        Table byHand = Table.create("p", model.finalModel().predict(model.transformers().get(1).transform(
                model.transformers().get(0).transform(features))));
        assertTableIdentical(byHand, Table.create("p", model.predict(features)));
    }

    @Test
    void ofRebuildsTheFittedPipelineFromItsSteps() {
        RegressorPipelineModel model = PIPELINE.fit(diabetes(), "progression");
        RegressorPipelineModel rebuilt = RegressorPipelineModel.of(model.estimator(), model.transformers(),
                model.finalModel());
        Table features = Columns.without(diabetes(), "progression");
        assertTableIdentical(Table.create("p", model.predict(features)), Table.create("p", rebuilt.predict(features)));
        assertEquals(model.steps(), rebuilt.steps());
    }

    @Test
    void ofRefusesStepsThatDoNotMatchThePipeline() {
        RegressorPipelineModel model = PIPELINE.fit(diabetes(), "progression");
        assertRejected(() -> RegressorPipelineModel.of(PIPELINE, model.transformers().subList(0, 1), model.finalModel()),
                "the pipeline has 2 transformer steps [impute, scale] but 1 fitted transformers");
        assertRejected(() -> RegressorPipelineModel.of(PIPELINE, model.transformers(), null),
                "fitted model of step 'ols' must not be null");
        assertRejected(() -> RegressorPipelineModel.of(PIPELINE, Arrays.asList(null, model.transformers().get(1)),
                model.finalModel()), "fitted transformer of step 'impute' must not be null");
        assertRejected(() -> RegressorPipelineModel.of(null, model.transformers(), model.finalModel()),
                "pipeline must not be null");
    }
}
