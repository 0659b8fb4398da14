package io.github.prepkit.spark;

import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.data.Datasets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

@Tag("spark")
class DriverTableTest {

    @Test
    void aDatasetComesBackAsItsTableInOrderAcrossPartitionsAndBatches() {
        Table iris = Datasets.load("iris");
        Table students = Datasets.load("students");
        assertTableIdentical(iris, DriverTable.collect(LocalSpark.dataset(iris, 3), 1 << 30, "Step"));
        assertTableIdentical(students, PrepkitSpark.collect(LocalSpark.dataset(students, 2)));
        Table big = iris;
        for (int doubling = 0; doubling < 5; doubling++) {
            big = big.copy().append(big);
        }
        assertTableIdentical(big, DriverTable.collect(LocalSpark.dataset(big, 2), 1 << 30, "Step"));
    }

    @Test
    void sparkNullsAreMissingValues() {
        Dataset<Row> data = LocalSpark.session().createDataFrame(List.of(RowFactory.create(null, "a"),
                RowFactory.create(2.5, null)), DataTypes.createStructType(List.of(
                        DataTypes.createStructField("x", DataTypes.DoubleType, true),
                        DataTypes.createStructField("s", DataTypes.StringType, true))));
        Table table = DriverTable.collect(data, 1 << 20, "Step");
        assertEquals(List.of(true, false), List.of(table.column("x").isMissing(0), table.column("x").isMissing(1)));
        assertEquals(List.of(false, true), List.of(table.column("s").isMissing(0), table.column("s").isMissing(1)));
    }

    @Test
    void aDatasetTooLargeForTheBudgetIsRefusedBeforeCollectingSayingWhatToDo() {
        Dataset<Row> iris = LocalSpark.dataset(Datasets.load("iris"), 2);
        String message = assertThrows(IllegalArgumentException.class,
                () -> DriverTable.collect(iris, 150 * 5 * DriverTable.BYTES_PER_CELL - 1, "RandomForestClassifier"))
                .getMessage();
        assertEquals("RandomForestClassifier fits on the driver, and data has 150 rows of 5 columns, about 0.0 MB there,"
                + " more than the 0.0 MB allowed: fit on a sample, data.sample(false, fraction, seed), or give the driver"
                + " more memory", message);
        assertEquals(150, DriverTable.collect(iris, 150 * 5 * DriverTable.BYTES_PER_CELL, "Step").rowCount());
    }
}
