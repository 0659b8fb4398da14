package io.github.prepkit.notebooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link JShellRunner} on in-memory snippets: what pastes into {@code jshell} runs, and what does not fails with a
 * message naming the file and the line, which is what keeps the README and notebook tests from passing vacuously.
 */
class JShellRunnerTest {

    private static JShellRunner shell;

    @BeforeAll
    static void open() {
        shell = new JShellRunner(JShellRunner.Warnings.FAIL);
    }

    @AfterAll
    static void close() {
        shell.close();
    }

    @Test
    void aChainEndingItsLinesWithADotRuns() {
        assertDoesNotThrow(() -> shell.run("memory.md", 10, List.of(
                "String text = new StringBuilder(\"ab\").",
                "        reverse().",
                "        toString();",
                "if (!text.equals(\"ba\")) throw new IllegalStateException(text);")));
    }

    @Test
    void aChainContinuedByALeadingDotFailsNamingItsLine() {
        assertFails("memory.md:11: snippet REJECTED", List.of(
                "var text = new StringBuilder(\"ab\")",
                "        .reverse()",
                "        .toString();"));
    }

    @Test
    void anUnknownMethodFailsNamingItsLine() {
        assertFails("memory.md:12: snippet REJECTED", List.of("int one = 1;", "", "\"ab\".reversed();"));
    }

    @Test
    void aDeclarationNeedingAnUndeclaredTypeFailsNamingItsFirstLine() {
        String message = assertFails("memory.md:11: snippet RECOVERABLE_DEFINED", List.of(
                "// a comment before it",
                "void later() {",
                "    Missing missing = null;",
                "}"));
        assertTrue(message.endsWith("needs undeclared class Missing"), message);
    }

    @Test
    void aSnippetThatThrowsFailsNamingItsLine() {
        assertFails("memory.md:10: snippet threw", List.of("Integer.parseInt(\"one\");"));
    }

    @Test
    void aSnippetThatLogsAWarningFailsNamingItsLine() {
        assertFails("memory.md:10: snippet logged WARNING careful", List.of(
                "System.getLogger(\"memory\").log(System.Logger.Level.WARNING, \"careful\");"));
    }

    @Test
    void aBlockEndingInsideASnippetFails() {
        assertFails("memory.md:10: ends inside an unfinished snippet", List.of("int sum = 1 +", "        2 +"));
    }

    @Test
    void aJShellCommandFails() {
        assertFails("memory.md:10: JShell commands are not run", List.of("/vars"));
    }

    /** Runs {@code lines} as {@code memory.md} from line 10; checks how the failure message starts and returns it. */
    private static String assertFails(String expectedStart, List<String> lines) {
        AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> shell.run("memory.md", 10, lines));
        assertTrue(error.getMessage().startsWith(expectedStart), error.getMessage());
        return error.getMessage();
    }
}
