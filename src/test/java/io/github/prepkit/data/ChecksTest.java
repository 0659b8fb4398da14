package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void notNullReturnsTheValue() {
        String value = "x";
        assertSame(value, Checks.notNull(value, "value"));
    }

    @Test
    void notNullNamesTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.notNull(null, "heights"));
        assertEquals("heights must not be null", e.getMessage());
    }
}
