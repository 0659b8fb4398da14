package io.github.prepkit.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

class StringCodesTest {

    /** {@code distinct} values v0, v1..., each repeated {@code times} times in a row. */
    private static StringColumn column(int distinct, int times) {
        StringColumn column = StringColumn.create("c");
        for (int i = 0; i < distinct; i++) {
            for (int t = 0; t < times; t++) {
                column.append("v" + i);
            }
        }
        return column;
    }

    /** Every row's code leads back to its value, and the values are distinct. */
    private static void assertCodesRoundTrip(StringColumn column) {
        StringCodes codes = StringCodes.of(column);
        assertEquals(column.size(), codes.codes().length);
        assertEquals(column.asList(), Arrays.stream(codes.codes()).mapToObj(codes.values()::get).toList());
        assertEquals(codes.values().size(), new HashSet<>(codes.values()).size());
        assertEquals(column.countUnique(), codes.values().size());
    }

    @Test
    void codesFollowTheOrderOfFirstAppearanceAndIncludeTheMissingValue() {
        StringColumn column = StringColumn.create("c", "b", "a", "", "b");
        assertEquals(ByteDictionaryMap.class, column.getDictionary().getClass());
        StringCodes codes = StringCodes.of(column);
        assertEquals(List.of("b", "a", ""), codes.values());
        assertArrayEquals(new int[] {0, 1, 2, 0}, codes.codes());
    }

    @Test
    void aColumnWithShortKeysIsCodedByKey() {
        StringColumn column = column(300, 2);
        assertEquals(ShortDictionaryMap.class, column.getDictionary().getClass());
        assertCodesRoundTrip(column);
    }

    @Test
    void aColumnWithIntKeysOrWithoutDictionaryIsCodedByValue() {
        StringColumn intKeys = column(70_000, 3);
        assertEquals(IntDictionaryMap.class, intKeys.getDictionary().getClass());
        assertCodesRoundTrip(intKeys);
        StringColumn text = column(70_000, 1);
        assertEquals(NullDictionaryMap.class, text.getDictionary().getClass());
        assertCodesRoundTrip(text);
    }

    @Test
    void anEmptyColumnHasNoCode() {
        StringCodes codes = StringCodes.of(StringColumn.create("c"));
        assertEquals(0, codes.codes().length);
        assertEquals(List.of(), codes.values());
    }
}
