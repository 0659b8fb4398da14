package io.github.prepkit.notebooks;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One JShell session (local execution engine, the test's class path) fed line by line as the {@code jshell} tool
 * reads a file or a paste: a snippet is evaluated as soon as {@link SourceCodeAnalysis#analyzeCompletion} finds it
 * complete, so a chain continued by a line starting with a dot breaks here as it breaks there. A snippet that is
 * rejected, waits for something undeclared or throws fails the test, naming the {@code file:line} where it starts; so
 * does one that logs a warning, with {@link Warnings#FAIL}. Shared by {@link NotebooksTest} and
 * {@link ReadmeSnippetsTest}.
 */
final class JShellRunner implements AutoCloseable {

    /** Whether a snippet that logs a warning fails: a notebook may show one on purpose, a README shows none. */
    enum Warnings { FAIL, ALLOW }

    private final JShell shell = JShell.builder().executionEngine("local").build();
    private final SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    private final WarningRecords warnings = new WarningRecords();

    /** Opens the session with the test's class path; with {@link Warnings#FAIL}, watches the root logger. */
    JShellRunner(Warnings onWarning) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            shell.addToClasspath(entry);
        }
        if (onWarning == Warnings.FAIL) {
            Logger.getLogger("").addHandler(warnings);
        }
    }

    /**
     * Feeds {@code lines}, the first being line {@code firstLineNumber} of {@code file}, to the session; a failure
     * names the line where its snippet starts.
     */
    void run(String file, int firstLineNumber, List<String> lines) {
        String pending = "";
        int lineNumber = firstLineNumber - 1;
        int start = firstLineNumber;
        for (String line : lines) {
            lineNumber++;
            if (pending.isEmpty()) {
                start = lineNumber;
                if (line.strip().startsWith("/") && !line.strip().startsWith("//")) {
                    fail(file + ":" + start + ": JShell commands are not run by this test: " + line);
                }
            }
            pending = pending + line + "\n";
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
            while (info.completeness().isComplete()) {
                evaluate(info.source(), file + ":" + start);
                pending = info.remaining();
                start = lineNumber;
                info = analysis.analyzeCompletion(pending);
            }
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                pending = "";   // blank lines and comments between snippets
            }
        }
        if (!pending.isEmpty()) {
            fail(file + ":" + start + ": ends inside an unfinished snippet: " + pending.strip());
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(warnings);
        shell.close();
    }

    private void evaluate(String source, String where) {
        warnings.records.clear();
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;   // a snippet declared earlier, updated by this one
            }
            if (event.status() != Snippet.Status.VALID) {   // rejected, or waiting for something undeclared
                fail(where + ": snippet " + event.status() + ": " + source.strip() + "\n" + problems(event.snippet()));
            }
            if (event.exception() != null) {
                fail(where + ": snippet threw " + event.exception() + ": " + source.strip(), event.exception());
            }
        }
        if (!warnings.records.isEmpty()) {
            LogRecord first = warnings.records.get(0);
            fail(where + ": snippet logged " + first.getLevel() + " " + new SimpleFormatter().formatMessage(first)
                    + ": " + source.strip(), first.getThrown());
        }
    }

    /** The compiler's diagnostics and, for a declaration, what it needs that is not declared. */
    private String problems(Snippet snippet) {
        Stream<String> diagnostics = shell.diagnostics(snippet).map(diag -> diag.getMessage(Locale.ROOT));
        Stream<String> unresolved = snippet instanceof DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).map(name -> "needs undeclared " + name) : Stream.empty();
        return Stream.concat(diagnostics, unresolved).collect(Collectors.joining("; "));
    }

    /** Keeps the records of level WARNING and above that reach the root logger (where System.Logger goes). */
    private static final class WarningRecords extends Handler {

        final List<LogRecord> records = new CopyOnWriteArrayList<>();   // fits may log from worker threads

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
