package io.github.prepkit.inspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.KNeighborsClassifier;
import io.github.prepkit.reference.TableAssertions;
import io.github.prepkit.selection.DefaultFolds;
import io.github.prepkit.selection.Fold;
import io.github.prepkit.selection.KFold;
import io.github.prepkit.selection.RepeatedStratifiedKFold;
import io.github.prepkit.selection.StratifiedKFold;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class CrossValPredictTest {

    @Test
    void eachRowIsPredictedByTheModelOfTheFoldThatTestsIt() {
        Table data = Data.regression(50, 1);
        Table features = data.copy().removeColumns("y");
        Column<?> y = data.column("y");
        KFold folds = new KFold().nSplits(4).shuffle(true).seed(3);
        Column<?> predicted = new CrossValPredict().cv(folds).nJobs(1).predict(new LinearRegression(), features, y);
        assertEquals("y", predicted.name());
        assertEquals(50, predicted.size());
        for (Fold fold : folds.split(features, y)) {
            Column<?> byHand = new LinearRegression().fit(features.rows(fold.train()), y.subset(fold.train()))
                    .predict(features.rows(fold.test()));
            for (int i = 0; i < fold.test().length; i++) {
                assertEquals(((DoubleColumn) byHand).getDouble(i),
                        ((DoubleColumn) predicted).getDouble(fold.test()[i]), 0, "row " + fold.test()[i]);
            }
        }
    }

    @Test
    void sameForAnyThreadCountAndInputUntouched() {
        Table data = Data.classification(60, 2);
        Table before = data.copy();
        CrossValPredict predict = new CrossValPredict();
        Table one = predict.nJobs(1).predictProba(new LogisticRegression(), data, "y");
        TableAssertions.assertTableIdentical(one, predict.nJobs(2).predictProba(new LogisticRegression(), data, "y"));
        assertEquals(predict.nJobs(1).predict(new KNeighborsClassifier(), data, "y").asList(),
                predict.nJobs(-1).predict(new KNeighborsClassifier(), data, "y").asList());
        assertEquals(before.toString(), data.toString());
        assertEquals(List.of("a", "b", "c"), one.columnNames());
        for (int row = 0; row < one.rowCount(); row++) {
            double sum = one.doubleColumn("a").getDouble(row) + one.doubleColumn("b").getDouble(row)
                    + one.doubleColumn("c").getDouble(row);
            assertEquals(1, sum, 1e-12);
        }
    }

    @Test
    void theDefaultFoldsAreStratifiedForAClassifier() {
        Table data = Data.classification(40, 3);
        Table features = data.copy().removeColumns("y");
        Column<?> byDefault = new CrossValPredict().predict(new KNeighborsClassifier(), features, data.column("y"));
        Column<?> stratified = new CrossValPredict().cv(new StratifiedKFold()).predict(new KNeighborsClassifier(),
                features, data.column("y"));
        assertEquals(stratified.asList(), byDefault.asList());
        assertEquals(new DefaultFolds(3), new CrossValPredict().cv(3).cv());
    }

    @Test
    void aClassAFoldNeverSawHasProbabilityZero() {
        double[] x = new double[30];
        String[] y = new String[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i + 0.1 * (i % 3);
            y[i] = i < 10 ? "a" : i < 20 ? "b" : "c";
        }
        Table data = Table.create("t", DoubleColumn.create("x", x), StringColumn.create("y", y));
        Table proba = new CrossValPredict().cv(new KFold().nSplits(3)).predictProba(new LogisticRegression(), data,
                "y");
        assertEquals(List.of("a", "b", "c"), proba.columnNames());
        for (int fold = 0; fold < 3; fold++) {
            String unseen = proba.columnNames().get(fold);
            for (int row = 10 * fold; row < 10 * fold + 10; row++) {
                assertEquals(0.0, proba.doubleColumn(unseen).getDouble(row), "fold " + fold + " never saw " + unseen);
                assertEquals(1.0, proba.doubleColumn("a").getDouble(row) + proba.doubleColumn("b").getDouble(row)
                        + proba.doubleColumn("c").getDouble(row), 1e-12);
            }
        }
    }

    @Test
    void refusesFoldsThatAreNoPartitionAndBadInput() {
        Table data = Data.classification(30, 5);
        CrossValPredict repeated = new CrossValPredict().cv(new RepeatedStratifiedKFold());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> repeated.predict(new KNeighborsClassifier(), data, "y")).getMessage()
                .contains("must test every row exactly once"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrossValPredict().nJobs(-2))
                .getMessage().startsWith("CrossValPredict: nJobs"));
        assertThrows(IllegalArgumentException.class, () -> new CrossValPredict().cv((KFold) null));
        Table features = data.copy().removeColumns("y");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrossValPredict()
                .predict(new KNeighborsClassifier(), features, data.column("y").first(10))).getMessage()
                .contains("10 values"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrossValPredict()
                .predict(new KNeighborsClassifier(), data, data.column("y"))).getMessage()
                .contains("also among the features"));
        assertThrows(IllegalArgumentException.class, () -> new CrossValPredict().predict(null, features,
                data.column("y")));
        assertThrows(IllegalArgumentException.class, () -> new CrossValPredict().predictProba(
                new LogisticRegression(), data, "missing"));
    }
}
