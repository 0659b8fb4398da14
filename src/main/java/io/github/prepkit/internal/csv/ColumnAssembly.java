package io.github.prepkit.internal.csv;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.columns.Column;

/**
 * Builds a Tablesaw column from the parsed pieces of every block: the primitive arrays of integer, long and double
 * columns joined and wrapped without boxing; any other type appended value by value through Tablesaw's own parser,
 * so that strings, booleans, dates and times are exactly Tablesaw's.
 */
final class ColumnAssembly {

    private ColumnAssembly() {
    }

    /** Column {@code column}, named {@code name}, of type {@code type} of {@code candidates}, from every block. */
    static Column<?> build(String name, int column, int type, Candidates candidates, RecordBlock[] blocks,
                           BlockColumn[] parsed) {
        int rows = 0;
        for (RecordBlock block : blocks) {
            rows += block.rows;
        }
        if (type == candidates.integer) {
            int[] values = new int[rows];
            join(blocks, parsed, values);
            return IntColumn.create(name, values);
        }
        if (type == candidates.longInteger) {
            long[] values = new long[rows];
            join(blocks, parsed, values);
            return LongColumn.create(name, values);
        }
        if (type == candidates.floating) {
            double[] values = new double[rows];
            join(blocks, parsed, values);
            return DoubleColumn.create(name, values);
        }
        Column<?> built = candidates.types[type].create(name);
        AbstractColumnParser<?> parser = candidates.parsers[type];
        for (RecordBlock block : blocks) {
            for (int row = 0; row < block.rows; row++) {
                built.appendCell(block.text(row * block.width + column), parser);
            }
        }
        return built;
    }

    private static void join(RecordBlock[] blocks, BlockColumn[] parsed, Object into) {
        int at = 0;
        for (int b = 0; b < blocks.length; b++) {
            System.arraycopy(parsed[b].values, 0, into, at, blocks[b].rows);
            at += blocks[b].rows;
        }
    }
}
