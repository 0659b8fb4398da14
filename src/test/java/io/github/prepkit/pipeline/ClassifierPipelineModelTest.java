package io.github.prepkit.pipeline;

import static io.github.prepkit.reference.ModelAssertions.assertInputUnchanged;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.neighbors.Weights;
import io.github.prepkit.scale.StandardScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ClassifierPipelineModelTest {

    private static final double NaN = Double.NaN;

    private static Table features(double... x) {
        return Table.create("f", DoubleColumn.create("x", x));
    }

    /**
     * x = 0, 1, 3 of class 10 and 6, 8, 12 of class 9; the imputer's mean is 5. Standardising one column scales
     * every distance alike, so the neighbours and the distance weights' shares are those of the raw x.
     */
    private static ClassifierPipelineModel model(Weights weights) {
        return Pipeline.steps()
                .transform("impute", new SimpleImputer())
                .transform("scale", new StandardScaler())
                .classifier("knn", new KNeighborsClassifier().nNeighbors(3).weights(weights).nJobs(1))
                .fit(features(0, 1, 3, 6, 8, 12), IntColumn.create("label", 10, 10, 10, 9, 9, 9));
    }

    @Test
    void classesAreSortedNumericallyNotAsText() {
        assertEquals(List.of("9", "10"), model(Weights.UNIFORM).classes());
    }

    @Test
    void predictProbaGivesEachClassItsShareOfTheNeighboursAfterTheTransformers() {
        // the gap becomes 5: neighbours 6 (class 9, distance 1), 3 (10, 2), 8 (9, 3); 0.5: 0, 1 and 3, all class 10
        // sklearn: make_pipeline(SimpleImputer(), StandardScaler(), KNeighborsClassifier(3)).predict_proba(
        // [[nan], [0.5]]) = [[0.6666666666666666, 0.3333333333333333], [0.0, 1.0]]
        Table probabilities = model(Weights.UNIFORM).predictProba(features(NaN, 0.5));
        assertEquals(List.of("9", "10"), probabilities.columnNames());
        assertArrayEquals(new double[] {2 / 3.0, 0}, probabilities.doubleColumn("9").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {1 / 3.0, 1}, probabilities.doubleColumn("10").asDoubleArray(), 1e-12);
    }

    @Test
    void distanceWeightsChangeTheSharesOfTheSameNeighbours() {
        // weights 1/1 and 1/3 for class 9, 1/2 for class 10, of a total 11/6: 8/11 and 3/11
        // sklearn: the same pipeline with weights="distance": [[0.7272727272727273, 0.2727272727272727], [0.0, 1.0]]
        Table probabilities = model(Weights.DISTANCE).predictProba(features(NaN, 0.5));
        assertArrayEquals(new double[] {8 / 11.0, 0}, probabilities.doubleColumn("9").asDoubleArray(), 1e-12);
        assertArrayEquals(new double[] {3 / 11.0, 1}, probabilities.doubleColumn("10").asDoubleArray(), 1e-12);
    }

    @Test
    void predictGivesTheClassesInTheTargetsTypeAndName() {
        IntColumn predicted = (IntColumn) model(Weights.UNIFORM).predict(features(NaN, 0.5));
        assertEquals("label", predicted.name());
        assertEquals(ColumnType.INTEGER, predicted.type());
        assertEquals(List.of(9, 10), predicted.asList());
    }

    @Test
    void aSecondCallGivesTheSameProbabilities() {
        ClassifierPipelineModel model = model(Weights.DISTANCE);
        assertEquals(model.predictProba(features(2, 7, NaN)).printAll(), model.predictProba(features(2, 7, NaN)).printAll());
    }

    @Test
    void predictProbaLeavesTheInputAlone() {
        assertInputUnchanged(features(NaN, 4), model(Weights.UNIFORM)::predictProba);
    }

    @Test
    void aMissingExtraOrRetypedColumnFailsInPredictProbaNamingIt() {
        ClassifierPipelineModel model = model(Weights.UNIFORM);
        assertRejected(() -> model.predictProba(Table.create("f", DoubleColumn.create("w", 1.0))),
                "column 'x' is missing");
        assertRejected(() -> model.predictProba(features(1).addColumns(DoubleColumn.create("label", 9.0))),
                "column 'label' was not seen at fit");
        assertRejected(() -> model.predictProba(Table.create("f", StringColumn.create("x", "1"))),
                "column 'x' was DOUBLE at fit, found STRING");
    }
}
