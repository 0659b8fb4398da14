package io.github.prepkit.demo;

import java.io.PrintStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Prints a demo's sections in one layout: a heading, the question, a glimpse of the input, the answer. */
final class Tour {

    private static final int PREVIEW_ROWS = 5;

    private final PrintStream out;

    Tour(PrintStream out) {
        this.out = out;
    }

    void heading(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
    }

    void question(String text) {
        out.println("Q: " + text);
    }

    /** The first few rows of a table, with its size, so a reader sees what goes in. */
    void input(Table table) {
        out.println("Input: " + table.name() + ", " + table.rowCount() + " rows x " + table.columnCount()
                + " columns" + (table.rowCount() > PREVIEW_ROWS ? " (first " + PREVIEW_ROWS + " shown)" : ""));
        out.println(table.first(PREVIEW_ROWS).printAll());
    }

    void input(String text) {
        out.println("Input: " + text);
    }

    void answer(Object value) {
        out.println("A: " + value);
    }

    /** A table as the answer, printed whole: the exercises' answers are small. */
    void answer(Table table) {
        out.println("A: " + table.rowCount() + " rows");
        out.println(table.printAll());
    }

    /** {@code table} with its double columns set to print to four decimals; returns it, changed. */
    static Table rounded(Table table) {
        table.columns().stream().filter(DoubleColumn.class::isInstance)
                .forEach(column -> ((DoubleColumn) column).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(4)));
        return table;
    }
}
