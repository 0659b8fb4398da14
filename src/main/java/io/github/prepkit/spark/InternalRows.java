package io.github.prepkit.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;

/**
 * A dataset's rows as Spark holds them, read in place: the passes of the cluster fits read numbers and text this way,
 * without a {@link Row} built and its values boxed for every row. Spark may reuse a row object for the next row, so a
 * row is read when it comes, never kept.
 */
final class InternalRows {

    private InternalRows() {
    }

    /** The rows of {@code data}, partitioned as {@code data.javaRDD()}, in the same order. */
    static JavaRDD<InternalRow> of(Dataset<Row> data) {
        return data.queryExecution().toRdd().toJavaRDD();
    }

    /** Whether text field {@code field} is missing as Tablesaw sees it: null or empty. */
    static boolean textMissing(InternalRow row, int field) {
        return row.isNullAt(field) || row.getUTF8String(field).numBytes() == 0;
    }

    /**
     * Numeric fields of a schema, read as Tablesaw reads them: NaN where missing (null, or an int or long's least
     * value).
     *
     * @param fields the fields' indexes
     * @param types  their types
     */
    record Numbers(int[] fields, SparkColumnType[] types) implements Serializable {

        /** Fields {@code fields} of {@code schema}, which must be numeric. */
        static Numbers of(StructType schema, int[] fields) {
            SparkColumnType[] types = new SparkColumnType[fields.length];
            for (int j = 0; j < fields.length; j++) {
                types[j] = SparkColumnType.of(schema.fields()[fields[j]].dataType(), schema.fields()[fields[j]].name());
            }
            return new Numbers(fields.clone(), types);
        }

        /** The value of the {@code j}-th field in {@code row}. */
        double get(InternalRow row, int j) {
            int field = fields[j];
            if (row.isNullAt(field)) {
                return Double.NaN;
            }
            return switch (types[j]) {
                case DOUBLE -> row.getDouble(field);
                case FLOAT -> row.getFloat(field);
                case INTEGER -> {
                    int v = row.getInt(field);
                    yield v == Integer.MIN_VALUE ? Double.NaN : v;
                }
                case LONG -> {
                    long v = row.getLong(field);
                    yield v == Long.MIN_VALUE ? Double.NaN : v;
                }
                default -> throw new IllegalStateException(types[j] + " is not numeric");
            };
        }
    }
}
