package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeaturesDemoTest {

    @Test
    void showsWhatEachEncoderAndTransformLearnedAndTheSkewnessTheyRemove() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FeaturesDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        for (String line : new String[] {"A: categories [blue, green, orange, purple, red, yellow]",
                " Omar  |              -1  |     93  |", "A: bin edges [68.0, 89.33333333333333, 93.66666666666667, 100.0]",
                "as measured                             1.040      1.098    0.768",
                "A: features out [1, alcohol, hue, alcohol^2, alcohol hue, hue^2]"}) {
            assertTrue(output.contains(line), "missing " + line + " in\n" + output);
        }
    }
}
