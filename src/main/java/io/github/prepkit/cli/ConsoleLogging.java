package io.github.prepkit.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * How prepkit's two programs, the command line ({@link Main}) and the demo tour ({@code io.github.prepkit.demo.Main}),
 * show log output: each calls {@link #install} first thing in {@code main}. Public only so that the demo can share it
 * (the package is not exported by the module); a library decides nothing about logging, so library code never calls it.
 *
 * <p>Why: prepkit logs through {@code System.Logger}, that is {@code java.util.logging} by default, whose console
 * handler writes a timestamp and the logger's name on a line of their own, to standard error, out of order with what
 * the program prints; and Tablesaw logs through SLF4J, which, with no provider on the class path, prints a three-line
 * "No SLF4J providers were found" notice.
 */
public final class ConsoleLogging {

    /** The SLF4J 2 system property that sets the level of SLF4J's own notices. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    /** The system property naming a user's {@code java.util.logging} configuration file (see {@code LogManager}). */
    static final String JUL_CONFIG_FILE = "java.util.logging.config.file";

    /** The system property naming a user's {@code java.util.logging} configuration class (see {@code LogManager}). */
    static final String JUL_CONFIG_CLASS = "java.util.logging.config.class";

    private ConsoleLogging() {
    }

    /**
     * Quiets SLF4J's notices below {@code ERROR}, unless {@code slf4j.internal.verbosity} is already set, and replaces
     * the root {@code java.util.logging} handlers with one that writes each record to {@code stream} as one line,
     * {@code warning: <message>}, unless {@code java.util.logging.config.file} or {@code .class} is set. Call it before
     * any Tablesaw class loads, as SLF4J reads the property once. Called again, it leaves one handler, on the new stream.
     *
     * @param stream where log lines go: the program's own output when a person reads it (the lines then appear in
     *               order, under what they concern), standard error when standard output may be data
     */
    public static void install(PrintStream stream) {
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        if (System.getProperty(JUL_CONFIG_FILE) != null || System.getProperty(JUL_CONFIG_CLASS) != null) {
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new LineHandler(stream));
    }

    /** Formats a record as one line: its level in lower case, a colon, the message with its parameters, the throwable. */
    static final class LineFormatter extends Formatter {

        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLevel().getName().toLowerCase(Locale.ROOT))
                    .append(": ").append(formatMessage(record));
            if (record.getThrown() != null) {
                line.append(" (").append(record.getThrown()).append(')');
            }
            return line.append(System.lineSeparator()).toString();
        }
    }

    /**
     * Writes each record to one stream, in one call, and flushes it; standard output is flushed first, so that a line
     * on standard error follows what the program printed before it. Closing it never closes the stream.
     */
    static final class LineHandler extends Handler {

        private final PrintStream stream;

        LineHandler(PrintStream stream) {
            this.stream = stream;
            setFormatter(new LineFormatter());
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String line = getFormatter().format(record);
            System.out.flush();
            stream.print(line);
            stream.flush();
        }

        @Override
        public void flush() {
            stream.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
