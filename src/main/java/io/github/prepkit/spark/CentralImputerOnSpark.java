package io.github.prepkit.spark;

import io.github.prepkit.impute.SimpleImputer;
import io.github.prepkit.impute.SimpleImputer.Strategy;
import io.github.prepkit.impute.SimpleImputerModel;
import io.github.prepkit.stats.OrderStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@link SimpleImputer} with the MEDIAN or MEAN strategy fitted on the cluster. A {@link ColumnSurvey} counts each
 * column's values and notes gaps (in the text columns too, which the local fit refuses to leave unfilled);
 * {@link RankSelection} finds the two middle values, or {@link SumsOnSpark} sums the values in blocks of rows for the
 * mean. The imputer then fits on two rows holding, per column (as a double column), the two middle values, or the mean
 * twice: their median is the same midpoint, their mean the same double (twice a value halved is exact), so the fill
 * values are the local ones, bit for bit; the model takes the data's own column types, and indicator columns for the
 * columns the survey saw gaps in.
 */
final class CentralImputerOnSpark {

    private static final String STEP = "SimpleImputer";

    private CentralImputerOnSpark() {
    }

    /** Whether {@code estimator} fits here. */
    static boolean fits(SimpleImputer estimator) {
        return estimator.strategy() == Strategy.MEDIAN || estimator.strategy() == Strategy.MEAN;
    }

    static SimpleImputerModel fit(SimpleImputer estimator, Dataset<Row> data) {
        SurveyedColumns columns = SurveyedColumns.of(data, estimator.columns(), estimator.strategy().columnKind(), true,
                STEP);
        StructType schema = data.schema();
        int[] fields = columns.fields();
        int[] text = columns.text();
        ColumnSurvey survey = columns.survey();
        double[][] pairs = estimator.strategy() == Strategy.MEDIAN ? middles(data, fields, survey)
                : means(data, columns);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            Object[] row = new Object[schema.size()];
            for (int j = 0; j < fields.length; j++) {
                row[fields[j]] = survey.present(j) == 0 ? null : pairs[j][r];
            }
            for (int t = 0; t < text.length; t++) {
                row[text[t]] = r == 0 && survey.gaps()[fields.length + t] ? null : "x";
            }
            rows.add(RowFactory.create(row));
        }
        StructField[] doubles = schema.fields().clone();
        for (int field : fields) {
            doubles[field] = DataTypes.createStructField(doubles[field].name(), DataTypes.DoubleType, true);
        }
        SimpleImputerModel fitted = estimator.fit(SparkColumnType.table(DataTypes.createStructType(doubles), rows));
        List<String> gaps = IntStream.range(0, fields.length).filter(j -> survey.gaps()[j])
                .mapToObj(columns.names()::get).toList();
        return SimpleImputerModel.of(estimator, columns.schema(), fitted.columns(), fitted.statistics(),
                estimator.addIndicator() ? gaps : List.of());
    }

    /** Per column, its two middle values (the same one twice for an odd count). */
    private static double[][] middles(Dataset<Row> data, int[] fields, ColumnSurvey survey) {
        List<long[]> ranks = new ArrayList<>();
        for (int j = 0; j < fields.length; j++) {
            long count = survey.present(j);
            ranks.add(count == 0 ? new long[0] : OrderStatistics.medianRanks(count));
        }
        List<OrderStatistics> found = RankSelection.find(data, fields, survey, ranks);
        double[][] pairs = new double[fields.length][];
        for (int j = 0; j < fields.length; j++) {
            long[] middle = ranks.get(j);
            pairs[j] = middle.length == 0 ? null : new double[] {found.get(j).valueAt(middle[0]),
                found.get(j).valueAt(middle[1])};
        }
        return pairs;
    }

    /** Per column, its mean twice. */
    private static double[][] means(Dataset<Row> data, SurveyedColumns columns) {
        double[] means = new SumsOnSpark(data, columns).means();
        return IntStream.range(0, means.length).mapToObj(j -> new double[] {means[j], means[j]})
                .toArray(double[][]::new);
    }
}
