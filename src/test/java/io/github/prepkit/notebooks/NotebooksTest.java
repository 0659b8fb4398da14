package io.github.prepkit.notebooks;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code notebooks-java/*.jsh} through {@link JShellRunner}, line by line as the {@code jshell} tool
 * reads a file, and fails on a snippet that is rejected or throws, so notebooks cannot rot. A notebook may show a
 * warning on purpose (an unseen level encoded as zeros).
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
        try (JShellRunner shell = new JShellRunner(JShellRunner.Warnings.ALLOW)) {
            shell.run(notebook.toString(), 1, Files.readAllLines(notebook));
        }
    }
}
