package io.github.prepkit.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

class PredictorTest {

    /** A model that predicts the target's first value, to see what the default fit passes on. */
    private record FirstValue(List<String> features, Column<?> target) implements PredictorModel {
        @Override
        public Column<?> predict(Table table) {
            return target.emptyCopy();
        }

        @Override
        public Object estimator() {
            return "the recorder";
        }

        @Override
        public Schema schema() {
            return Schema.of(features, features.stream().map(name -> (ColumnType) ColumnType.DOUBLE).toList());
        }
    }

    private static final Predictor<FirstValue> RECORDER = (features, target) -> new FirstValue(features.columnNames(), target);

    private final Table data = Table.create("d",
            DoubleColumn.create("x", new double[] {1, 2}), StringColumn.create("y", "a", "b"),
            DoubleColumn.create("z", new double[] {3, 4}));

    @Test
    void fitByTargetNameSplitsTargetFromFeatures() {
        FirstValue fitted = RECORDER.fit(data, "y");
        assertEquals(List.of("x", "z"), fitted.features());
        assertEquals(List.of("a", "b"), fitted.target().asList());
        assertEquals(List.of("x", "y", "z"), data.columnNames(), "the data keeps its columns");
    }

    @Test
    void unknownTargetFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RECORDER.fit(data, "label"));
        assertEquals("column 'label' not found; the table 'd' has columns [x, y, z]", e.getMessage());
    }

    @Test
    void theTargetIsFoundByItsExactNameOnly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RECORDER.fit(data, "Y"));
        assertEquals("column 'Y' not found; the table 'd' has 'y', whose name differs only in case or spaces (names match"
                + " exactly)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RECORDER.fit(data, " y"));
    }
}
