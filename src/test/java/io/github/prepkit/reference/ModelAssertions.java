package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.Table;

/** The checks every fitted model's test makes: bad input is rejected with a telling message, input is left alone. */
public final class ModelAssertions {

    private ModelAssertions() {
    }

    /**
     * Fails unless {@code code} throws an {@link IllegalArgumentException} whose message contains every one of
     * {@code fragments} (the step, the column it names...); returns the exception.
     */
    public static IllegalArgumentException assertRejected(Executable code, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "expected \"" + fragment + "\" in: " + e.getMessage());
        }
        return e;
    }

    /** Fails unless {@code input} prints the same after every one of {@code uses} has been applied to it. */
    @SafeVarargs
    public static void assertInputUnchanged(Table input, Consumer<Table>... uses) {
        Table before = input.copy();
        for (Consumer<Table> use : uses) {
            use.accept(input);
        }
        assertEquals(before.toString(), input.toString());
    }
}
