package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SearchDemoTest {

    @Test
    void crossValidatesSearchesAndWritesTheHeatMap() throws IOException {
        Path chart = Path.of("target", "charts", "grid-search.png");
        Files.deleteIfExists(chart);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long start = System.nanoTime();
        SearchDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"== Cross-validating a pipeline ", "f1_macro 0.9", "== Grid search over the pipeline's kNN ",
                "rank_test_score", "best {n_neighbors=", "held-out rows", "heat map: target/charts/grid-search.png",
                "== Random search over a logistic regression's C ", "best C "}) {
            assertTrue(output.contains(expected), "missing " + expected + " in\n" + output);
        }
        assertTrue(Files.size(chart) > 10_000, "the heat map is written");
        assertTrue(seconds < 30, "the demo took " + seconds + " s");
    }
}
