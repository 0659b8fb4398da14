package io.github.prepkit.internal.csv;

import java.util.concurrent.atomic.AtomicBoolean;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Initialises the Tablesaw classes a read needs on a background thread, once per JVM, in the order the read needs
 * them: the column types (whose registry makes every type's default parser, date and time formatters included), the
 * number columns, then {@link Table}, whose static initialiser scans the class path with ClassGraph for readers and
 * writers. A fresh JVM spends about half a second (and more CPU) on them, which a first read would otherwise pay
 * between its steps; started as the read begins, they overlap its reading and splitting of the text.
 */
public final class TablesawWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TablesawWarmUp() {
    }

    /** Starts the initialisation unless it was started before; returns at once. */
    public static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(TablesawWarmUp::initialise, "prepkit-tablesaw-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static void initialise() {
        try {
            for (Class<?> type : new Class<?>[] {ColumnType.class, IntColumn.class, LongColumn.class,
                DoubleColumn.class, Table.class}) {
                Class.forName(type.getName(), true, type.getClassLoader());
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // the first use of the class on the reading thread fails in turn, naming this cause
        }
    }
}
