package io.github.prepkit.spark;

import io.github.prepkit.base.Model;
import io.github.prepkit.persist.ModelFiles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What runs on each partition: the model is read once from its broadcast model-file bytes, and the rows go through
 * it in batches of at most {@code batchSize}, each a Tablesaw table of the model's fitted columns, the output
 * coming back as rows in the input's order. Memory is one batch, whatever the partition's size.
 */
final class BatchScoring implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<byte[]> model;
    private final ModelOutput output;
    private final String[] names;
    private final int[] fields;
    private final SparkColumnType[] inputTypes;
    private final SparkColumnType[] outputTypes;
    private final int batchSize;
    private final boolean localDates;

    /**
     * @param model       the model file's bytes
     * @param output      what to ask of the model
     * @param names       the model's fitted columns, in its order
     * @param fields      where each of them is in an input row
     * @param inputTypes  the type of each of them
     * @param outputTypes the type of each output column, as found on an empty table before any job ran
     * @param batchSize   the most rows in one table
     * @param localDates  whether Spark holds dates as {@code LocalDate}
     */
    BatchScoring(Broadcast<byte[]> model, ModelOutput output, String[] names, int[] fields, SparkColumnType[] inputTypes,
            SparkColumnType[] outputTypes, int batchSize, boolean localDates) {
        this.model = model;
        this.output = output;
        this.names = names;
        this.fields = fields;
        this.inputTypes = inputTypes;
        this.outputTypes = outputTypes;
        this.batchSize = batchSize;
        this.localDates = localDates;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Model fitted = ModelFiles.fromBytes(model.value(), Model.class);
        return new Iterator<>() {
            private final List<Row> batch = new ArrayList<>();
            private List<Row> scored = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                if (next == scored.size() && rows.hasNext()) {
                    batch.clear();
                    while (batch.size() < batchSize && rows.hasNext()) {
                        batch.add(rows.next());
                    }
                    scored = score(fitted, batch);
                    next = 0;
                }
                return next < scored.size();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return scored.get(next++);
            }
        };
    }

    /** The output rows of one batch. */
    private List<Row> score(Model fitted, List<Row> batch) {
        Column<?>[] columns = new Column<?>[names.length];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = inputTypes[c].column(names[c], batch, fields[c]);
        }
        Table out = output.of(fitted, Table.create(columns));
        if (out.columnCount() != outputTypes.length) {
            throw new IllegalStateException(output + " gave " + out.columnCount() + " columns on a batch and "
                    + outputTypes.length + " on an empty table: it depends on the rows");
        }
        Column<?>[] outColumns = out.columns().toArray(Column<?>[]::new);
        int inputWidth = output.keepsInput() ? batch.get(0).length() : 0;
        List<Row> scored = new ArrayList<>(batch.size());
        for (int r = 0; r < batch.size(); r++) {
            Row row = batch.get(r);
            Object[] values = new Object[inputWidth + outputTypes.length];
            for (int i = 0; i < inputWidth; i++) {
                values[i] = row.get(i);
            }
            for (int c = 0; c < outputTypes.length; c++) {
                values[inputWidth + c] = outputTypes[c].value(outColumns[c], r, localDates);
            }
            scored.add(RowFactory.create(values));
        }
        return scored;
    }
}
