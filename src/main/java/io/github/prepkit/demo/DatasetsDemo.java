package io.github.prepkit.demo;

import io.github.prepkit.data.Datasets;
import java.io.PrintStream;
import tech.tablesaw.api.Table;

/** The {@code datasets} topic: what {@code Datasets.load} offers. */
final class DatasetsDemo {

    private DatasetsDemo() {
    }

    static void run(PrintStream out) {
        Tour tour = new Tour(out);
        tour.heading("Bundled data sets");
        out.println("Datasets.load(name) reads any of them; datasets/README.md gives sources and licences.");
        for (String name : Datasets.names()) {
            Table table = Datasets.load(name);
            out.printf("  %-20s %4d rows x %2d columns: %s%n", name, table.rowCount(), table.columnCount(),
                    abbreviate(String.join(", ", table.columnNames())));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
