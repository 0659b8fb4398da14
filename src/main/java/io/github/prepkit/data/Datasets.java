package io.github.prepkit.data;

import io.github.prepkit.internal.data.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The data sets bundled in the repository's {@code datasets/} folder (see its README for columns,
 * sources and licences). The build packages them on the class path, so {@link #load(String)} works
 * the same from Java code, tests, the demo and a JShell notebook, whatever the working directory.
 */
public final class Datasets {

    private static final String FOLDER = "/io/github/prepkit/datasets/";
    private static final List<String> NAMES = List.of(
            "breast_cancer", "california_cheeses", "diabetes", "iris", "rainfall", "students", "ttest_var", "wine");

    private Datasets() {
    }

    /** The names {@link #load(String)} accepts, sorted. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * A new table read from the bundled CSV file {@code <name>.csv}; the table is named {@code name}.
     * Column types are inferred (integers, doubles, ISO dates, strings); an empty field is missing.
     *
     * @param name one of {@link #names()}, such as {@code "iris"}
     * @return the data set, a new table each call
     * @throws IllegalArgumentException if there is no such data set; the message lists the available names
     */
    public static Table load(String name) {
        Checks.notNull(name, "data set name");
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no bundled data set named '" + name + "'; available: " + NAMES);
        }
        try (InputStream in = Datasets.class.getResourceAsStream(FOLDER + name + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("data set '" + name + "' is not on the class path at "
                        + FOLDER + "; build the project with Maven so that datasets/ is packaged");
            }
            return Table.read().csv(CsvReadOptions.builder(in).tableName(name).build());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read data set '" + name + "'", e);
        }
    }
}
