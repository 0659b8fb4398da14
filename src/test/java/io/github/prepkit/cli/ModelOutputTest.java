package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.base.Model;
import io.github.prepkit.linear.LinearRegression;
import io.github.prepkit.linear.LogisticRegression;
import io.github.prepkit.neighbors.NearestNeighbors;
import io.github.prepkit.scale.StandardScaler;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class ModelOutputTest {

    private static final Table DATA = Table.create("t", DoubleColumn.create("a", 1, 2, 3, 4),
            IntColumn.create("y", 0, 1, 0, 1));

    private static List<String> columns(Model model, boolean proba) {
        return ModelOutput.of(model, proba, "m.prepkit").apply(DATA.copy().removeColumns("y")).columnNames();
    }

    @Test
    void eachKindOfModelGivesItsColumns() {
        assertEquals(List.of("y"), columns(new LogisticRegression().fit(DATA, "y"), false));
        assertEquals(List.of("0", "1"), columns(new LogisticRegression().fit(DATA, "y"), true));
        assertEquals(List.of("y"), columns(new LinearRegression().fit(DATA, "y"), false));
        assertEquals(List.of("a"), columns(new StandardScaler().fit(DATA.copy().removeColumns("y")), false));
    }

    @Test
    void probabilitiesAreForClassifiersOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelOutput.of(new LinearRegression().fit(DATA, "y"), true, "m.prepkit"));
        assertEquals("--proba needs a classifier, but m.prepkit holds a LinearRegressionModel, which has no class"
                + " probabilities", e.getMessage());
    }

    @Test
    void aModelThatNeitherPredictsNorTransformsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelOutput.of(new NearestNeighbors().nNeighbors(2).fit(DATA), false, "m.prepkit"));
        assertEquals("m.prepkit holds a NearestNeighborsModel, which neither predicts nor transforms; predict needs a"
                + " predictor, a classifier or a transformer", e.getMessage());
    }
}
