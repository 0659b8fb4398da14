package io.github.prepkit.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code notebooks-java/*.jsh} through the JShell API, line by line as the {@code jshell}
 * tool reads a file, and fails on a snippet that is rejected or throws, so notebooks cannot rot.
 */
class NotebooksTest {

    private static final Path FOLDER = Path.of("notebooks-java");

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.toString().endsWith(".jsh")).sorted().toList();
        }
    }

    @Test
    void thereIsAtLeastOneNotebook() throws IOException {
        assertFalse(notebooks().isEmpty(), "no notebook in " + FOLDER.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void notebookRunsWithoutError(Path notebook) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(output, true, StandardCharsets.UTF_8);
        try (JShell shell = JShell.builder().executionEngine("local").out(console).err(console).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String pending = "";
            int lineNumber = 0;
            for (String line : Files.readAllLines(notebook)) {
                lineNumber++;
                if (pending.isBlank() && line.strip().startsWith("/") && !line.strip().startsWith("//")) {
                    fail(notebook + ":" + lineNumber + ": JShell commands are not run by this test: " + line);
                }
                pending = pending + line + "\n";
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                while (info.completeness().isComplete()) {
                    evaluate(shell, info.source(), notebook + ":" + lineNumber, output);
                    pending = info.remaining();
                    info = analysis.analyzeCompletion(pending);
                }
            }
            if (!pending.isBlank() && analysis.analyzeCompletion(pending).completeness()
                    != SourceCodeAnalysis.Completeness.EMPTY) {
                fail(notebook + " ends inside an unfinished snippet: " + pending.strip());
            }
        }
    }

    private static void evaluate(JShell shell, String source, String where, ByteArrayOutputStream output) {
        for (SnippetEvent event : shell.eval(source)) {
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = shell.diagnostics(event.snippet()).map(diag -> diag.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("; "));
                fail(where + ": snippet rejected: " + source.strip() + "\n" + diagnostics);
            }
            if (event.exception() != null) {
                fail(where + ": snippet threw " + event.exception() + ": " + source.strip()
                        + "\noutput so far:\n" + output.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
