package io.github.prepkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * prepkit's command line: {@code inspect} a model file, or {@code predict} with one on a CSV file, streaming (see
 * {@link CommandLine#USAGE} or {@code --help}). From Maven: {@code mvn -q compile exec:java@cli
 * -Dexec.args="inspect churn.prepkit"}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command {@code args} ask for and exits with {@link #run}'s status when it is not 0; log warnings are
     * one line each on standard error ({@link ConsoleLogging}).
     */
    public static void main(String[] args) {
        // before any Tablesaw class loads; warnings to standard error, as a report on standard output may be piped
        ConsoleLogging.install(System.err);
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command {@code args} ask for, printing its report to {@code out} and any error, as one line, to
     * {@code err}.
     *
     * @return 0 when done; 1 for a bad model file, bad input or a file that cannot be read or written; 2 for a bad
     *         command line (or none), after which the usage text follows the error line
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.print(CommandLine.USAGE);
            return 2;
        }
        try {
            command.run(out);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(messageOf(e));
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
        } catch (AccessDeniedException e) {
            err.println("permission denied: " + e.getFile());
        } catch (IOException e) {
            err.println(messageOf(e));
        }
        return 1;
    }

    /** The message of {@code e}, or its class's name if it has none. */
    static String messageOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
