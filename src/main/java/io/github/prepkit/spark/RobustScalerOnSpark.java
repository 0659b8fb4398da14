package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.data.Schema;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.RobustScalerModel;
import io.github.prepkit.stats.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * {@link RobustScaler} fitted on the cluster: a {@link ColumnSurvey} counts each column's values, {@link RankSelection}
 * finds the ranks its median, its quantile range and its largest absolute value are read at, and the scaler fits on
 * those order statistics as it does on a sorted column, so the model is the local one, bit for bit.
 */
final class RobustScalerOnSpark {

    private static final String STEP = "RobustScaler";

    private RobustScalerOnSpark() {
    }

    static RobustScalerModel fit(RobustScaler estimator, Dataset<Row> data) {
        Table empty = SparkColumnType.table(data.schema(), List.of());
        List<String> selected = Columns.select(empty, estimator.columns(), ColumnKind.NUMERIC, STEP);
        int[] fields = selected.stream().mapToInt(name -> data.schema().fieldIndex(name)).toArray();
        ColumnSurvey survey = ColumnSurvey.of(data, fields, new int[0]);
        survey.requireRowsAndFinite(data, selected, STEP);
        List<long[]> ranks = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            long count = survey.present(j);
            ranks.add(count == 0 ? new long[0] : Stream.of(new long[] {0, count - 1},
                    OrderStatistics.quantileRanks(count, 0.5),
                    OrderStatistics.quantileRanks(count, estimator.quantileRangeLow() / 100),
                    OrderStatistics.quantileRanks(count, estimator.quantileRangeHigh() / 100))
                    .flatMapToLong(LongStream::of).toArray());
        }
        List<OrderStatistics> columns = RankSelection.find(data, fields, survey, ranks);
        return estimator.fit(Schema.of(empty), name -> columns.get(selected.indexOf(name)));
    }
}
