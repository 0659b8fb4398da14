package io.github.prepkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.persist.ModelFiles;
import io.github.prepkit.pipeline.ClassifierPipelineModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelsOnDiskDemoTest {

    @Test
    void savesInspectsAndLoadsAPipelineThatPredictsTheSame() throws IOException {
        Path file = Path.of("target", "models", "breast-cancer.prepkit");
        Files.deleteIfExists(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelsOnDiskDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains("  impute: SimpleImputerModel on [mean_radius"), output);
        assertTrue(output.contains("fitted by ClassifierPipeline {steps=[{name=impute, transformer=SimpleImputer}"), output);
        assertTrue(output.contains("A: 286 of 286 probabilities are the same doubles, bit for bit; the same predicted"
                + " classes: true"), output);
        assertTrue(output.contains("[impute, scale, smote, logistic]"), output);
        assertTrue(ModelFiles.load(file, ClassifierPipelineModel.class).classes().contains("malignant"));
    }
}
