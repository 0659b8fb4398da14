package io.github.prepkit.internal.csv;

import java.util.concurrent.atomic.AtomicBoolean;
import tech.tablesaw.api.Table;

/**
 * Initialises Tablesaw's {@link Table} class on a background thread, once per JVM. Its static initialiser scans the
 * class path with ClassGraph for readers and writers, which costs a fresh JVM about half a second (and more CPU) that
 * a first read would otherwise pay after parsing, when it makes its table; started as the read begins, it overlaps
 * the read.
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
            Class.forName(Table.class.getName(), true, Table.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the first use of the class on the reading thread fails in turn, naming this cause
        }
    }
}
