package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ReferenceCaseTest {

    @Test
    void readsACaseByIdWithItsInputParametersAndExpectation() {
        ReferenceCase ttest = ReferenceCase.of("stats/ttest_1samp");
        Table input = ttest.input();
        assertEquals(List.of("var"), input.columnNames());
        assertEquals(37, input.rowCount());
        assertEquals("scipy.stats.ttest_1samp", ttest.params().get("function"));
        assertEquals(36L, ((java.util.Map<?, ?>) ttest.expectedJson()).get("df"));
    }

    @Test
    void listsEveryCaseOfAnAreaWithReadableFiles() {
        List<ReferenceCase> impute = ReferenceCase.all("impute");
        assertTrue(impute.size() >= 9, "impute cases: " + impute);
        for (ReferenceCase c : impute) {
            assertTrue(c.id().startsWith("impute/"));
            assertFalse(c.params().isEmpty(), c.id());
            assertTrue(Files.exists(c.directory().resolve("expected.csv")), c.id());
        }
    }

    @Test
    void unknownCaseFailsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceCase.of("stats/nope"));
        assertTrue(e.getMessage().contains("stats/nope"), e.getMessage());
    }

    @Test
    void toleranceIsAbsoluteOrRelativeWhicheverIsLarger() {
        assertTrue(Tolerance.isClose(0.0, 1e-10, 1e-9));
        assertTrue(Tolerance.isClose(1e6, 1e6 + 1e-4, 1e-9));
        assertFalse(Tolerance.isClose(1e6, 1e6 + 1e-2, 1e-9));
        assertTrue(Tolerance.isClose(Double.NaN, Double.NaN, 1e-9));
        assertFalse(Tolerance.isClose(1.0, Double.NaN, 1e-9));
    }
}
