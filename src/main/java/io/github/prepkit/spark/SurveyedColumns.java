package io.github.prepkit.spark;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The numeric columns a step selects from a dataset, as its local fit selects them, and their {@link ColumnSurvey},
 * checked as the local fit checks its table: what the fits from order statistics and sums start from.
 *
 * @param schema the dataset's columns, as the local fit's table would have them
 * @param names  the selected columns, in order
 * @param fields their indexes in the dataset's rows
 * @param text   the indexes of the dataset's text columns, surveyed for gaps after the selected ones
 * @param survey the survey of the selected (numeric) and text fields
 */
record SurveyedColumns(Schema schema, List<String> names, int[] fields, int[] text, ColumnSurvey survey) {

    /**
     * Selects {@code requested} (or every column of {@code kind}) from {@code data} and surveys them, and the text
     * columns if {@code withText}.
     *
     * @throws IllegalArgumentException as the local fit: if a requested column is missing or of another kind, the
     *                                  dataset has no rows, or a selected column has an infinite value, naming it and
     *                                  the row
     */
    static SurveyedColumns of(Dataset<Row> data, List<String> requested, ColumnKind kind, boolean withText,
            String step) {
        StructType sparkSchema = data.schema();
        Schema schema = Schema.of(SparkColumnType.table(sparkSchema, List.of()));
        List<String> names = schema.select(requested, kind, step);
        int[] fields = names.stream().mapToInt(sparkSchema::fieldIndex).toArray();
        int[] text = !withText ? new int[0] : IntStream.range(0, sparkSchema.size())
                .filter(f -> sparkSchema.fields()[f].dataType().equals(DataTypes.StringType)).toArray();
        ColumnSurvey survey = ColumnSurvey.of(data, fields, text);
        survey.requireRowsAndFinite(data, names, step);
        return new SurveyedColumns(schema, names, fields, text, survey);
    }
}
