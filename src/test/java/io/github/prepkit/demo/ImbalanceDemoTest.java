package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImbalanceDemoTest {

    @Test
    void showsTheCountsBeforeAndAfterWritesTheChartsAndComparesTheSamplers() throws IOException {
        Path chart = Path.of("target", "charts", "smote-breast-cancer.png");
        Path scores = Path.of("target", "charts", "imbalance-samplers.png");
        Files.deleteIfExists(chart);
        Files.deleteIfExists(scores);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImbalanceDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        for (String line : new String[] {"== SMOTE: synthetic malignant tumours ",
                "diagnosis counts {benign=357, malignant=212}",
                "A: after SMOTE: {benign=357, malignant=357}; the 145 new rows come after the originals",
                "mean mean_radius of the benign rows 12.15, of the malignant rows 17.46",
                "== Resample the training rows only ", "training counts {benign=267, malignant=159}",
                "as they are ", "balanced by SMOTE ", "balanced by BorderlineSMOTE ",
                "== Samplers compared on one data set ", "RandomUnderSampler       {benign=212, malignant=212}",
                "SMOTE                    {benign=357, malignant=357}",
                "TomekLinks               {benign=345, malignant=212}", "NearMiss-1 "}) {
            assertTrue(output.contains(line), "missing " + line + " in\n" + output);
        }
        assertTrue(Files.size(chart) > 10_000, "the chart is written");
        assertTrue(Files.size(scores) > 10_000, "the scores' chart is written");
    }
}
