package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.linear.LogisticRegressionModel;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.scale.StandardScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ClassifierPipelineTest {

    private static ClassifierPipeline pipeline() {
        return Pipeline.steps().transform("scale", new StandardScaler())
                .resample("over", new RandomOverSampler().seed(2))
                .classifier("logistic", new LogisticRegression());
    }

    @Test
    void itIsAClassifierWithItsStepsInOrder() {
        assertInstanceOf(Classifier.class, pipeline());
        assertEquals(new LogisticRegression(), pipeline().model());
        assertEquals(List.of("scale", "over", "logistic"), pipeline().names());
        assertEquals(List.of(new Step.Transform("scale", new StandardScaler()),
                new Step.Resample("over", new RandomOverSampler().seed(2))), pipeline().stepsBeforeModel());
        assertEquals("Pipeline[scale=" + new StandardScaler() + ", over=" + new RandomOverSampler().seed(2)
                + ", logistic=" + new LogisticRegression() + "]", pipeline().toString());
    }

    @Test
    void itFitsTheStepsThenTheClassifierAndPredictsProbabilities() {
        Table cancer = Datasets.load("breast_cancer").selectColumns("mean_radius", "mean_texture", "diagnosis");
        ClassifierPipelineModel model = pipeline().fit(cancer, "diagnosis");
        Table features = Columns.without(cancer, "diagnosis");
        Table scaled = new StandardScaler().fit(features).transform(features);
        Table resampled = new RandomOverSampler().seed(2).fitResample(scaled.copy().addColumns(cancer.column("diagnosis")),
                "diagnosis");
        LogisticRegressionModel byHand = new LogisticRegression().fit(resampled, "diagnosis");
        assertTableIdentical(byHand.predictProba(scaled), model.predictProba(features));
        assertEquals(List.of("benign", "malignant"), model.classes());
        assertEquals(byHand.targetClasses(), model.targetClasses());
    }

    @Test
    void pipelinesOfEqualStepsAreEqual() {
        assertEquals(pipeline(), pipeline());
        assertEquals(pipeline().hashCode(), pipeline().hashCode());
        assertNotEquals(pipeline(), Pipeline.steps().transform("scale", new StandardScaler())
                .classifier("logistic", new LogisticRegression()));
    }
}
