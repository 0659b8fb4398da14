package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.scale.StandardScaler;
import io.github.prepkit.scale.StandardScalerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
        SurveyedColumns columns = SurveyedColumns.of(data, estimator.columns(), ColumnKind.NUMERIC, false, STEP);
        return estimator.fit(columns.schema(), new SumsOnSpark(data, columns));
    }
}
