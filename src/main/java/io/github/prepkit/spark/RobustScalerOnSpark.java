package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.scale.RobustScaler;
import io.github.prepkit.scale.RobustScalerModel;
import io.github.prepkit.stats.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

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
        SurveyedColumns columns = SurveyedColumns.of(data, estimator.columns(), ColumnKind.NUMERIC, false, STEP);
        List<long[]> ranks = new ArrayList<>();
        for (int j = 0; j < columns.fields().length; j++) {
            long count = columns.survey().present(j);
            ranks.add(count == 0 ? new long[0] : Stream.of(new long[] {0, count - 1},
                    OrderStatistics.quantileRanks(count, 0.5),
                    OrderStatistics.quantileRanks(count, estimator.quantileRangeLow() / 100),
                    OrderStatistics.quantileRanks(count, estimator.quantileRangeHigh() / 100))
                    .flatMapToLong(LongStream::of).toArray());
        }
        List<OrderStatistics> found = RankSelection.find(data, columns.fields(), columns.survey(), ranks);
        return estimator.fit(columns.schema(), name -> found.get(columns.names().indexOf(name)));
    }
}
