package io.github.prepkit.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalvingSettingsTest {

    private static final HalvingSettings DEFAULTS = new HalvingSettings("H", 3, HalvingSearch.EXHAUST,
            HalvingSearch.ALL_ROWS, false, 0);

    @Test
    void eachCopyChangesOneSetting() {
        assertEquals(2.5, DEFAULTS.factor(2.5).factor());
        assertEquals(12, DEFAULTS.minResources(12).minResources());
        assertEquals(HalvingSearch.SMALLEST, DEFAULTS.minResources(HalvingSearch.SMALLEST).minResources());
        assertEquals(50, DEFAULTS.maxResources(50).maxResources());
        assertEquals(true, DEFAULTS.aggressiveElimination(true).aggressiveElimination());
        assertEquals(7, DEFAULTS.seed(7).seed());
        assertEquals(new HalvingSettings("H", 3, HalvingSearch.EXHAUST, HalvingSearch.ALL_ROWS, false, 0), DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 0.5, 0, -3, Double.NaN, Double.POSITIVE_INFINITY})
    void aFactorMustExceedOne(double factor) {
        assertEquals("H: factor must be a finite number greater than 1, found " + factor,
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.factor(factor)).getMessage());
    }

    @Test
    void resourcesMustBePositiveOrARule() {
        assertEquals("H: minResources must be a positive row count, EXHAUST or SMALLEST, found 0",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.minResources(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.minResources(-7));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.minResources(HalvingSearch.ALL_ROWS));
        assertEquals("H: maxResources must be a positive row count or ALL_ROWS, found -1",
                assertThrows(IllegalArgumentException.class, () -> DEFAULTS.maxResources(HalvingSearch.EXHAUST))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.maxResources(0));
    }
}
