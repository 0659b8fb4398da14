package io.github.prepkit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class DatasetsTest {

    @ParameterizedTest(name = "{0}: {1} x {2}")
    @CsvSource({
        "rainfall, 42, 2", "california_cheeses, 16, 2", "students, 20, 4", "ttest_var, 48, 1",
        "iris, 150, 5", "wine, 178, 14", "breast_cancer, 569, 31", "diabetes, 442, 11"})
    void loadsEveryBundledDataSetWithItsShape(String name, int rows, int columns) {
        Table table = Datasets.load(name);
        assertEquals(name, table.name());
        assertEquals(rows, table.rowCount());
        assertEquals(columns, table.columnCount());
    }

    @Test
    void exerciseTablesHaveTheColumnsAndTypesTheExercisesRead() {
        Table rain = Datasets.load("rainfall");
        assertEquals(List.of("day", "rainfall"), rain.columnNames());
        assertEquals(ColumnType.LOCAL_DATE, rain.column("day").type());
        assertEquals(1, rain.column("rainfall").countMissing());
        assertTrue(Datasets.load("california_cheeses").column("price").countMissing() > 0);
        assertEquals(List.of("name", "age", "favorite_color", "grade"), Datasets.load("students").columnNames());
        assertEquals(ColumnType.STRING, Datasets.load("iris").column("species").type());
    }

    @Test
    void everyLoadIsAFreshTable() {
        assertNotSame(Datasets.load("iris"), Datasets.load("iris"));
    }

    @Test
    void namesListExactlyTheCsvFilesInTheDatasetsFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("datasets"))) {
            List<String> csv = files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".csv"))
                    .map(file -> file.substring(0, file.length() - ".csv".length()))
                    .sorted().toList();
            assertEquals(csv, Datasets.names());
        }
    }

    @Test
    void unknownNameFailsListingTheAvailableOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Datasets.load("irises"));
        assertEquals("no bundled data set named 'irises'; available: " + Datasets.names(), e.getMessage());
    }
}
