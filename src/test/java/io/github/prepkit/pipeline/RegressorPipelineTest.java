package io.github.prepkit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.prepkit.base.Classifier;
import io.github.prepkit.base.Regressor;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Datasets;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LinearRegressionModel;
import io.github.prepkit.resample.RandomOverSampler;
import io.github.prepkit.scale.MinMaxScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RegressorPipelineTest {

    private static RegressorPipeline pipeline() {
        return Pipeline.steps().transform("scale", new MinMaxScaler()).regressor("ols", new LinearRegression());
    }

    @Test
    void itIsARegressorAndNotAClassifier() {
        assertInstanceOf(Regressor.class, pipeline());
        assertFalse(Classifier.class.isInstance(pipeline()));
        assertEquals(new LinearRegression(), pipeline().model());
        assertEquals("ols", pipeline().modelName());
        assertEquals(List.of("scale", "ols"), pipeline().names());
    }

    @Test
    void itFitsTheTransformersThenTheRegressor() {
        Table diabetes = Datasets.load("diabetes");
        RegressorPipelineModel model = pipeline().fit(diabetes, "progression");
        Table features = Columns.without(diabetes, "progression");
        LinearRegressionModel byHand = new LinearRegression().fit(new MinMaxScaler().fitTransform(features),
                diabetes.column("progression"));
        assertEquals(byHand.predict(new MinMaxScaler().fitTransform(features)).asList(), model.predict(features).asList());
    }

    @Test
    void pipelinesOfEqualStepsAreEqual() {
        assertEquals(pipeline(), pipeline());
        assertEquals(pipeline().hashCode(), pipeline().hashCode());
        assertNotEquals(pipeline(), Pipeline.steps().transform("scale", new MinMaxScaler()).regressor("ols",
                new LinearRegression().fitIntercept(false)));
        assertNotEquals(pipeline(), Pipeline.steps().transform("scale", new MinMaxScaler())
                .resample("over", new RandomOverSampler()).regressor("ols", new LinearRegression()));
    }
}
