package io.github.prepkit.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * Consecutive records of an input file as a table of the model's columns, with the line each row starts on, so that a
 * model's error on the chunk can name the lines.
 *
 * @param table     the rows, one column per model column found in the header
 * @param lines     the line each row starts on
 * @param lastLine  the line the last row ends on
 */
record Chunk(Table table, long[] lines, long lastLine) {

    /** "row 12" in a model's message: a row of the table it was given, counted from 0. */
    private static final Pattern ROW = Pattern.compile("\\brow (\\d{1,9})\\b");

    /**
     * {@code error}, which the model threw on this chunk, as an exception whose message names {@code source} and the
     * chunk's lines, and, if the model's message names a row, the line that row is on.
     */
    IllegalArgumentException failure(String source, RuntimeException error) {
        String message = Main.messageOf(error);
        String where = lines.length == 1 ? " line " + lines[0] : " lines " + lines[0] + "-" + lastLine;
        return new IllegalArgumentException(source + where + ": " + message + rowLine(message), error);
    }

    private String rowLine(String message) {
        Matcher row = ROW.matcher(message);
        if (row.find()) {
            int index = Integer.parseInt(row.group(1));
            if (index < lines.length) {
                return " (row " + index + " of this chunk is line " + lines[index] + ")";
            }
        }
        return "";
    }
}
