package io.github.prepkit.data;

import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.prepkit.internal.data.ClassLabels;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

class TargetClassesTest {

    @Test
    void anIntegerTargetDecodesToAnIntegerColumnOfItsName() {
        TargetClasses classes = TargetClasses.of("grade", ColumnType.INTEGER, List.of(2, 3, 10));
        Column<?> decoded = classes.decode(new int[] {2, 0, 0});
        assertEquals(ColumnType.INTEGER, decoded.type());
        assertEquals("grade", decoded.name());
        assertEquals(List.of(10, 2, 2), decoded.asList());
        assertEquals(List.of("2", "3", "10"), classes.names());
        assertEquals(List.of(2, 3, 10), classes.values());
        assertEquals(3, classes.count());
        assertEquals("grade", classes.target());
        assertEquals(ColumnType.INTEGER, classes.type());
        assertEquals("grade (INTEGER): [2, 3, 10]", classes.toString());
    }

    @Test
    void theClassesOfATargetColumnAreItsSortedDistinctValues() {
        TargetClasses fromColumn = ClassLabels.of(IntColumn.create("grade", 10, 2, 3, 2), "M").classes();
        assertEquals(TargetClasses.of("grade", ColumnType.INTEGER, List.of(2, 3, 10)), fromColumn);
        assertNotEquals(TargetClasses.of("grade", ColumnType.LONG, List.of(2L, 3L, 10L)), fromColumn);
        assertEquals(List.of("a", "b"), ClassLabels.of(StringColumn.create("y", "b", "a"), "M").classes().names());
    }

    @Test
    void classesThatFitCouldNotHaveFoundAreRefused() {
        assertRejected(() -> TargetClasses.of("y", ColumnType.STRING, List.of()), "target 'y' needs at least one class");
        assertRejected(() -> TargetClasses.of("y", ColumnType.STRING, List.of("b", "a")),
                "the classes of target 'y' must be distinct and increasing, found b before a");
        assertRejected(() -> TargetClasses.of("y", ColumnType.INTEGER, List.of(1, 1)), "found 1 before 1");
        assertRejected(() -> TargetClasses.of("y", ColumnType.INTEGER, List.of("1")),
                "class 1 (String) does not fit target 'y' of type INTEGER");
        assertRejected(() -> TargetClasses.of("y", ColumnType.LOCAL_DATE, List.of(3.5)),
                "class 3.5 (Double) does not fit target 'y' of type LOCAL_DATE");
        assertRejected(() -> TargetClasses.of("y", ColumnType.STRING, Arrays.asList("a", null)), "class 1 of target 'y'");
        assertRejected(() -> TargetClasses.of("y", ColumnType.DOUBLE, List.of(0.0, 0.5)),
                "class 0.5 of target 'y' is not a whole number; a float target's classes are");
        assertRejected(() -> TargetClasses.of("y", ColumnType.DOUBLE, List.of(Double.POSITIVE_INFINITY)),
                "class Infinity of target 'y' is not a whole number");
        assertEquals(List.of("2024-01-01"), TargetClasses.of("day", ColumnType.LOCAL_DATE,
                List.of(LocalDate.of(2024, 1, 1))).names(), "any column type keeps its values");
    }
}
