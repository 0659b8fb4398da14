package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void showsOnlyWhenSwitchedOnWithAConsoleAndMoreThanAFewFits() {
        assertTrue(Progress.shown(true, true, Progress.FEW + 1));
        assertFalse(Progress.shown(false, true, 100), "switched off");
        assertFalse(Progress.shown(true, false, 100), "no console, as under a test runner");
        assertFalse(Progress.shown(true, true, Progress.FEW), "a few fits");
    }

    @Test
    void aShownBarWritesItsTaskAndASilentOneNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Progress bar = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), "GridSearch", 3)) {
            bar.step();
            bar.step();
            bar.step();
        }
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("GridSearch"), bytes.toString(StandardCharsets.UTF_8));
        try (Progress silent = Progress.silent()) {
            silent.step();
        }
    }
}
