package io.github.prepkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.RuntimeClassPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * prepkit next to the libraries a Spark distribution puts before an application's jars: jackson-core (the model
 * file's JSON), Guava and RoaringBitmap (Tablesaw's). The versions are those of the Spark build in use
 * ({@code spark.*.version} in the pom; Maven copies them to {@code target/spark-libraries}). A new JVM runs the golden
 * files' check ({@code GoldenFilesCheck}: load, apply to a table Tablesaw reads, save again) on prepkit's runtime
 * class path with those jars in place of prepkit's. Spark 3.5 ships Guava 14, on which Tablesaw cannot run: the
 * README tells Spark 3.5 users to put their application's classes first; that this is still needed is tested too.
 */
@Tag("spark")
class SparkLibrariesTest {

    private static final Path SPARK_LIBRARIES = Path.of("target/spark-libraries");

    @TempDir
    Path folder;

    @Test
    void theModelFilesAndTablesawWorkOnSparksJacksonAndRoaringBitmap() throws IOException, InterruptedException {
        Run run = check(List.of("jackson-core", "RoaringBitmap"));
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("pipeline: output same, saved again same"), run.output());
    }

    @Test
    void sparksGuavaWorksFromGuava33AndSpark35sIsRefusedByTablesaw() throws IOException, InterruptedException {
        Run run = check(List.of("jackson-core", "RoaringBitmap", "guava"));
        if (guavaMajor() >= 33) {
            assertEquals(0, run.status(), run.output());
        } else {
            assertTrue(run.status() != 0 && run.output().contains("com/google/common"), run.output());
        }
    }

    /** The major version of Spark's Guava, from its jar's manifest. */
    private static int guavaMajor() throws IOException {
        try (JarFile jar = new JarFile(SPARK_LIBRARIES.resolve("guava.jar").toFile())) {
            return Integer.parseInt(jar.getManifest().getMainAttributes().getValue("Bundle-Version").split("\\.")[0]);
        }
    }

    /** What the golden files' check prints and its exit status. */
    record Run(int status, String output) {}

    /** Runs the golden files' check with Spark's copies of {@code libraries} in place of prepkit's. */
    private Run check(List<String> libraries) throws IOException, InterruptedException {
        String classPath = RuntimeClassPath.jars().stream()
                .map(jar -> libraries.stream().filter(name -> Path.of(jar).getFileName().toString().startsWith(name + "-"))
                        .findFirst().map(name -> SPARK_LIBRARIES.resolve(name + ".jar").toString()).orElse(jar))
                .collect(Collectors.joining(File.pathSeparator));
        Path output = folder.resolve("output.txt");
        Process process = new ProcessBuilder(RuntimeClassPath.java(),
                "-Dslf4j.internal.verbosity=ERROR", "-cp",
                "target/classes" + File.pathSeparator + "target/test-classes" + File.pathSeparator + classPath,
                "io.github.prepkit.persist.GoldenFilesCheck").redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        return new Run(process.waitFor(), Files.readString(output));
    }
}
