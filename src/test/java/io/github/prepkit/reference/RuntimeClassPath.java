package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the tests that start a JVM of their own need: the {@code java} of the running JDK and prepkit's runtime class
 * path (no test or provided jars), which Maven writes to {@code target/runtime-classpath.txt} before the tests.
 */
public final class RuntimeClassPath {

    private static final Path FILE = Path.of("target/runtime-classpath.txt");

    private RuntimeClassPath() {
    }

    /** The {@code java} launcher of the JDK running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jars of prepkit's runtime class path, in Maven's order. */
    public static List<String> jars() {
        assertTrue(Files.exists(FILE), FILE + " is written by mvn's generate-test-resources phase");
        try {
            return List.of(Files.readString(FILE).strip().split(File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
