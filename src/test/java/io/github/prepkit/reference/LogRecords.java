package io.github.prepkit.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The records logged to a class's logger while it is open, for tests of the warnings prepkit logs through
 * {@code System.Logger} (which writes to {@code java.util.logging} when nothing else is bound). Open it in a
 * try-with-resources block: closing it stops the recording.
 */
public final class LogRecords implements AutoCloseable {

    /** Held so that the logger, which java.util.logging keeps weakly, keeps the handler while recording. */
    private final Logger logger;
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogRecords(Logger logger) {
        this.logger = logger;
        logger.addHandler(handler);
    }

    /** Starts recording what is logged to the logger named after {@code type}. */
    public static LogRecords of(Class<?> type) {
        return new LogRecords(Logger.getLogger(type.getName()));
    }

    /** The records logged so far, in order. */
    public List<LogRecord> list() {
        return List.copyOf(records);
    }

    /** Stops recording. */
    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
