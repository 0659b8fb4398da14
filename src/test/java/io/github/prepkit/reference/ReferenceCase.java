package io.github.prepkit.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * One reference case from {@code src/test/resources/reference/<area>/<name>/}: what scikit-learn,
 * imbalanced-learn, pandas or scipy returned on a fixed input (see the README there for the
 * tolerances). Tests load a case by id ({@code ReferenceCase.of("stats/ttest_1samp")}) or every case of
 * an area for a parameterised test ({@code ReferenceCase.all("impute")}).
 *
 * @param id        {@code <area>/<name>}
 * @param directory the folder holding the case's files
 */
public record ReferenceCase(String id, Path directory) {

    private static final Path ROOT = root();

    /** The case with id {@code <area>/<name>}. */
    public static ReferenceCase of(String id) {
        Path directory = ROOT.resolve(id);
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no reference case '" + id + "' under " + ROOT);
        }
        return new ReferenceCase(id, directory);
    }

    /** Every case of an area, sorted by name. */
    public static List<ReferenceCase> all(String area) {
        try (Stream<Path> cases = Files.list(ROOT.resolve(area))) {
            return cases.filter(Files::isDirectory).sorted()
                    .map(directory -> new ReferenceCase(area + "/" + directory.getFileName(), directory))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code params.json}: the call and its parameters. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> params() {
        return (Map<String, Object>) json("params.json");
    }

    /** {@code expected.json}, parsed (see {@link Json} for the types). */
    public Object expectedJson() {
        return json("expected.json");
    }

    /** {@code input.csv} as a table; an empty field is a missing value. */
    public Table input() {
        return table("input.csv");
    }

    /** {@code expected.csv} as a table, to compare column by column by name. */
    public Table expected() {
        return table("expected.csv");
    }

    /** Any CSV file of the case ({@code query.csv}, {@code init.csv}...) as a table named after the file. */
    public Table table(String file) {
        return Table.read().csv(CsvReadOptions.builder(directory.resolve(file).toFile()).tableName(file));
    }

    private Object json(String file) {
        try {
            return Json.parse(Files.readString(directory.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("reference case " + id + ": cannot read " + file, e);
        }
    }

    @Override
    public String toString() {
        return id;
    }

    private static Path root() {
        URL url = ReferenceCase.class.getResource("/reference");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/reference is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
