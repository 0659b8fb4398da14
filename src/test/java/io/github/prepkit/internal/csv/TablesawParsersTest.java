package io.github.prepkit.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.io.csv.CsvReadOptions;

/** {@link TablesawParsers} gives the parsers Tablesaw's CSV reader configures, made once each. */
class TablesawParsersTest {

    @Test
    void detectsTheTypesTablesawDetectsByDefaultInItsOrder() {
        assertEquals(CsvReadOptions.builder(new StringReader("")).build().columnTypesToDetect(),
                TablesawParsers.DETECTED);
    }

    @Test
    void parsersKnowTheMissingMarkersAndAreMadeOnce() {
        TablesawParsers parsers = new TablesawParsers(List.of("-"));
        assertTrue(parsers.of(ColumnType.LOCAL_DATE).canParse("-"));
        assertFalse(parsers.of(ColumnType.LOCAL_DATE).canParse("NA"));
        assertSame(parsers.of(ColumnType.INTEGER), parsers.of(ColumnType.INTEGER));
        assertTrue(new TablesawParsers(null).of(ColumnType.LOCAL_DATE).canParse("NA"));
    }
}
