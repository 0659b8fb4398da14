package io.github.prepkit.internal.csv;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.columns.Column;

/**
 * Builds a Tablesaw column from the parsed blocks: the primitive arrays of integer, long and double columns, which the
 * blocks parsed into ({@link ColumnArrays}), wrapped without boxing; any other type appended value by value through
 * Tablesaw's own parser, so that strings, booleans, dates and times are exactly Tablesaw's.
 */
final class ColumnAssembly {

    private ColumnAssembly() {
    }

    /** Column {@code column}, named {@code name}, of type {@code type} of {@code candidates}, from every block. */
    static Column<?> build(String name, int column, int type, Candidates candidates, RecordBlock[] blocks,
                           ColumnArrays arrays) {
        if (type == candidates.integer) {
            return IntColumn.create(name, (int[]) arrays.of(type, candidates));
        }
        if (type == candidates.longInteger) {
            return LongColumn.create(name, (long[]) arrays.of(type, candidates));
        }
        if (type == candidates.floating) {
            return DoubleColumn.create(name, (double[]) arrays.of(type, candidates));
        }
        Column<?> built = candidates.types[type].create(name);
        AbstractColumnParser<?> parser = candidates.parser(type);
        for (RecordBlock block : blocks) {
            for (int row = 0; row < block.rows; row++) {
                built.appendCell(block.text(row * block.width + column), parser);
            }
        }
        return built;
    }
}
