package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.Scoring;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class ValidationCurveTest {

    @Test
    void scoresEveryValueOnEveryFold() {
        Table data = Data.classification(45, 1);
        Table features = data.copy().removeColumns("y");
        Column<?> y = data.column("y");
        ValidationCurveResult<Integer> result = new ValidationCurve().cv(3).nJobs(1)
                .evaluate(k -> new KNeighborsClassifier().nNeighbors(k), List.of(1, 7), features, y);
        List<Fold> folds = new StratifiedKFold().nSplits(3).split(features, y);
        for (int f = 0; f < 3; f++) {
            int[] train = folds.get(f).train();
            int[] test = folds.get(f).test();
            for (int v = 0; v < 2; v++) {
                var model = new KNeighborsClassifier().nNeighbors(List.of(1, 7).get(v)).fit(features.rows(train),
                        y.subset(train));
                assertEquals(Scoring.ACCURACY.score(model, features.rows(train), y.subset(train)),
                        result.scores().train()[v][f]);
                assertEquals(Scoring.ACCURACY.score(model, features.rows(test), y.subset(test)),
                        result.scores().test()[v][f]);
            }
        }
        assertTrue(Arrays.stream(result.scores().train()[0]).allMatch(s -> s == 1.0), "1-NN recalls its rows");
        Table table = result.table();
        assertEquals(List.of("value", "fold", "train_score", "test_score"), table.columnNames());
        assertEquals(List.of("1", "1", "1", "7", "7", "7"), table.stringColumn("value").asList());
    }

    @Test
    void sameForAnyThreadCount() {
        Table data = Data.classification(40, 2);
        ValidationCurve curve = new ValidationCurve().scoring(Scoring.F1_MACRO);
        assertEquals(curve.nJobs(1).evaluate(k -> new KNeighborsClassifier().nNeighbors(k), List.of(1, 3, 5), data,
                "y"), curve.nJobs(2).evaluate(k -> new KNeighborsClassifier().nNeighbors(k), List.of(1, 3, 5), data,
                "y"));
    }

    @Test
    void aValueWhoseFitsFailScoresNaN() {
        Table data = Data.classification(40, 3);
        ValidationCurveResult<Integer> result = new ValidationCurve().evaluate(
                k -> new KNeighborsClassifier().nNeighbors(k), List.of(3, 500), data, "y");
        assertTrue(Double.isNaN(result.scores().testMean()[1]), "500 neighbours among 32 rows");
        assertTrue(result.scores().testMean()[0] > 0.5);
    }

    @Test
    void rejectsBadValuesAndParameters() {
        Table data = Data.classification(20, 4);
        ValidationCurve curve = new ValidationCurve();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> curve.evaluate(
                k -> new KNeighborsClassifier().nNeighbors(k), List.<Integer>of(), data, "y")).getMessage()
                .contains("at least one value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> curve.evaluate(
                k -> null, List.of(1), data, "y")).getMessage().contains("the estimator for value 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> curve.evaluate(
                k -> new KNeighborsClassifier().nNeighbors(k), List.of(0), data, "y")).getMessage()
                .contains("nNeighbors"));
        assertThrows(IllegalArgumentException.class, () -> curve.evaluate(null, List.of(1), data, "y"));
        assertThrows(IllegalArgumentException.class, () -> curve.scoring(null));
        assertThrows(IllegalArgumentException.class, () -> curve.nJobs(-3));
        assertThrows(IllegalArgumentException.class, () -> curve.cv(0));
    }
}
