package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * {@link StandardScaler} fitted on the cluster: a {@link ColumnSurvey} counts each column's values and finds its largest
 * absolute value, two passes of {@link SumsOnSpark} sum the values and then their deviations in blocks of rows, and the
 * scaler fits on those sums as it does on a local table, so the model is the local one, bit for bit.
 */
final class StandardScalerOnSpark {

    private static final String STEP = "StandardScaler";

    private StandardScalerOnSpark() {
    }

    static StandardScalerModel fit(StandardScaler estimator, Dataset<Row> data) {
        Table empty = SparkColumnType.table(data.schema(), List.of());
        List<String> selected = Columns.select(empty, estimator.columns(), ColumnKind.NUMERIC, STEP);
        int[] fields = selected.stream().mapToInt(name -> data.schema().fieldIndex(name)).toArray();
        ColumnSurvey survey = ColumnSurvey.of(data, fields, new int[0]);
        survey.requireRowsAndFinite(data, selected, STEP);
        return estimator.fit(Schema.of(empty), new SumsOnSpark(data, selected, fields, survey));
    }
}
