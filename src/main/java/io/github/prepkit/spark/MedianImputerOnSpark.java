package io.github.prepkit.spark;

import io.github.prepkit.data.Columns;
import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.stats.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@link SimpleImputer} with the MEDIAN strategy fitted on the cluster: a {@link ColumnSurvey} counts each column's
 * values and notes gaps (in the text columns too, which the local fit refuses to leave unfilled), {@link RankSelection}
 * finds the two middle values, and the imputer fits on four rows holding, per column, those two values twice (or
 * once and a gap). Their median is the same midpoint, their gaps the same, so the model is the local one, bit for bit.
 */
final class MedianImputerOnSpark {

    private static final String STEP = "SimpleImputer";

    private MedianImputerOnSpark() {
    }

    static SimpleImputerModel fit(SimpleImputer estimator, Dataset<Row> data) {
        StructType schema = data.schema();
        List<String> selected = Columns.select(SparkColumnType.table(schema, List.of()), estimator.columns(),
                estimator.strategy().columnKind(), STEP);
        int[] fields = selected.stream().mapToInt(schema::fieldIndex).toArray();
        SparkColumnType[] types = selected.stream().map(name -> SparkColumnType.of(schema.apply(name).dataType(), name))
                .toArray(SparkColumnType[]::new);
        int[] text = IntStream.range(0, schema.size())
                .filter(f -> schema.fields()[f].dataType().equals(DataTypes.StringType)).toArray();
        ColumnSurvey survey = ColumnSurvey.of(data, fields, text);
        survey.requireRowsAndFinite(data, selected, STEP);
        List<long[]> ranks = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            long count = survey.present(j);
            ranks.add(count == 0 ? new long[0] : OrderStatistics.medianRanks(count));
        }
        List<OrderStatistics> middles = RankSelection.find(data, fields, survey, ranks);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Object[] row = new Object[schema.size()];
            for (int j = 0; j < fields.length; j++) {
                OrderStatistics middle = middles.get(j);
                boolean gap = middle.count() == 0 || r >= 2 && survey.gaps()[j];
                row[fields[j]] = gap ? null : types[j].number(middle.valueAt(OrderStatistics.medianRanks(
                        middle.count())[r % 2]));
            }
            for (int t = 0; t < text.length; t++) {
                row[text[t]] = r == 0 && survey.gaps()[fields.length + t] ? null : "x";
            }
            rows.add(RowFactory.create(row));
        }
        return estimator.fit(SparkColumnType.table(schema, rows));
    }
}
