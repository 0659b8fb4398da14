package io.github.prepkit.spark;

import io.github.prepkit.stats.ColumnSums;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * {@link ColumnSums} of a dataset's numeric columns, summed where the rows are: each partition sums the blocks of
 * {@value ColumnSums#BLOCK} rows it holds whole and sends the values of the blocks it shares with its neighbours; the
 * driver sums those and adds every block's sum in block order, as the local sums do, so each sum is the local one,
 * bit for bit. One pass per call; the counts and the largest absolute values come from the survey. The driver holds
 * one or two doubles per block and column: 2 MB a column for a billion rows.
 */
final class SumsOnSpark implements ColumnSums {

    private final Dataset<Row> data;
    private final List<String> columns;
    private final int[] fields;
    private final ColumnSurvey survey;

    /** The sums of the selected columns of {@code data}. */
    SumsOnSpark(Dataset<Row> data, SurveyedColumns columns) {
        this.data = data;
        this.columns = columns.names();
        this.fields = columns.fields();
        this.survey = columns.survey();
    }

    /**
     * A block's part in one partition: the block's results if the partition holds it whole, else its values there.
     *
     * @param block     the block's index
     * @param partition the partition's index
     * @param whole     whether {@code numbers} are the block's results
     * @param numbers   the block's sum (or squares and deviations), or the values of its rows in this partition
     */
    record Piece(long block, int partition, boolean whole, double[] numbers) implements Serializable {}

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public long[] counts() {
        return IntStream.range(0, fields.length).mapToLong(survey::present).toArray();
    }

    @Override
    public double[] maxAbs() {
        return survey.maxAbs().clone();
    }

    @Override
    public double[] sums(int[] exponents) {
        double[][] totals = blocks(exponents, null);
        return Arrays.stream(totals).mapToDouble(total -> total[0]).toArray();
    }

    @Override
    public double[][] deviations(int[] exponents, double[] centers) {
        return blocks(exponents, centers);
    }

    /** Per column, the blocks' sums (or, with centers, squares and deviations) added in block order. */
    private double[][] blocks(int[] exponents, double[] centers) {
        long[] offsets = survey.offsets();
        long rows = survey.rows();
        InternalRows.Numbers numbers = InternalRows.Numbers.of(data.schema(), fields);
        List<List<List<Piece>>> partitions = InternalRows.of(data).mapPartitionsWithIndex((index, partition) -> List.of(
                pieces(partition, numbers, offsets[index], rows, index, exponents, centers)).iterator(), false)
                .collect();
        double[][] totals = new double[fields.length][centers == null ? 1 : 2];
        for (int j = 0; j < fields.length; j++) {
            int column = j;
            List<Piece> pieces = new ArrayList<>(partitions.stream().flatMap(p -> p.get(column).stream()).toList());
            pieces.sort(Comparator.comparingLong(Piece::block).thenComparingInt(Piece::partition));
            for (int start = 0, end; start < pieces.size(); start = end) {
                end = start;
                while (end < pieces.size() && pieces.get(end).block() == pieces.get(start).block()) {
                    end++;
                }
                double[] block = pieces.get(start).whole() ? pieces.get(start).numbers()
                        : results(concatenated(pieces.subList(start, end)), exponents[j],
                                centers == null ? Double.NaN : centers[j], centers != null);
                for (int k = 0; k < block.length; k++) {
                    totals[j][k] += block[k];
                }
            }
        }
        return totals;
    }

    /** One partition's pieces, per column. */
    private static List<List<Piece>> pieces(Iterator<InternalRow> partition, InternalRows.Numbers numbers, long offset,
            long rows, int index, int[] exponents, double[] centers) {
        int[] fields = numbers.fields();
        List<List<Piece>> pieces = new ArrayList<>();
        double[][] buffers = new double[fields.length][BLOCK];
        for (int j = 0; j < fields.length; j++) {
            pieces.add(new ArrayList<>());
        }
        long row = offset;
        int filled = 0;
        while (partition.hasNext()) {
            InternalRow next = partition.next();
            for (int j = 0; j < fields.length; j++) {
                buffers[j][filled] = numbers.get(next, j);
            }
            filled++;
            row++;
            if (row % BLOCK == 0 || !partition.hasNext()) {
                long block = (row - 1) / BLOCK;
                boolean whole = row - filled == block * BLOCK && (row % BLOCK == 0 || row == rows);
                for (int j = 0; j < fields.length; j++) {
                    double[] values = Arrays.copyOf(buffers[j], filled);
                    pieces.get(j).add(new Piece(block, index, whole, whole ? results(values, exponents[j],
                            centers == null ? Double.NaN : centers[j], centers != null) : values));
                }
                filled = 0;
            }
        }
        return pieces;
    }

    /** A whole block's sum, or its squares and deviations about {@code center}, by the local kernel. */
    private static double[] results(double[] values, int exponent, double center, boolean deviations) {
        if (!deviations) {
            return new double[] {ColumnSums.blockSum(values, 0, values.length, exponent)};
        }
        double[] results = new double[2];
        ColumnSums.blockDeviations(values, 0, values.length, exponent, center, results);
        return results;
    }

    private static double[] concatenated(List<Piece> pieces) {
        return pieces.stream().flatMapToDouble(piece -> Arrays.stream(piece.numbers())).toArray();
    }
}
