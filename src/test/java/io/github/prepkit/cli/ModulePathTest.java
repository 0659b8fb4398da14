package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.reference.RuntimeClassPath;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * prepkit as a JPMS module ({@code src/main/java/module-info.java}): it exports every API package and none of the
 * {@code internal} ones, a consumer module compiles against the API and not against the internals, and the command
 * line run on the module path gives the bytes it gives on the class path (where the rest of the suite runs), with
 * nothing on standard error. The module path is the compiled classes and the runtime class path that Maven writes
 * to {@code target/runtime-classpath.txt}.
 */
class ModulePathTest {

    private static final String MODULE = "io.github.prepkit";
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path GOLDEN = Path.of("src/test/resources/persist/v1/forest.prepkit");

    @TempDir
    Path folder;

    @Test
    void exportsEveryPackageButTheInternalOnesTheProgramsAndSpark() {
        ModuleDescriptor descriptor = ModuleFinder.of(CLASSES).find(MODULE).orElseThrow().descriptor();
        Set<String> exported = descriptor.exports().stream()
                .peek(export -> assertFalse(export.isQualified(), export.toString()))
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = descriptor.packages().stream()
                .filter(name -> !name.contains(".internal") && !name.endsWith(".demo") && !name.endsWith(".cli"))
                .filter(name -> !name.endsWith(".spark")) // for the class path only: Spark's jars have no module names
                .filter(ModulePathTest::hasClasses)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, exported);
        assertTrue(exported.contains("io.github.prepkit.persist"));
        assertTrue(descriptor.packages().contains("io.github.prepkit.internal.tree"));
    }

    @Test
    void aConsumerModuleCompilesAgainstTheApiAndNotAgainstTheInternals() throws IOException {
        String api = "package app; public class App { public static void main(String[] a) { "
                + "System.out.println(new io.github.prepkit.scale.StandardScaler().fit(tech.tablesaw.api.Table.create())); } }";
        assertEquals("", compileConsumer(api));
        String internal = "package app; public class App { Object o = io.github.prepkit.internal.data.Tables.class; }";
        String errors = compileConsumer(internal);
        assertTrue(errors.contains("package io.github.prepkit.internal.data is declared in module " + MODULE
                + ", which does not export it"), errors);
    }

    @Test
    void theCommandLineOnTheModulePathWritesWhatItWritesOnTheClassPath() throws IOException, InterruptedException {
        Path onModulePath = folder.resolve("module.csv");
        Path onClassPath = folder.resolve("class.csv");
        assertEquals("wrote 150 rows to " + onModulePath + System.lineSeparator(),
                runOnModulePath(Main.class, predict(onModulePath)));
        PrintStream ignored = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(predict(onClassPath).toArray(String[]::new), ignored, ignored));
        assertArrayEquals(Files.readAllBytes(onClassPath), Files.readAllBytes(onModulePath));
    }

    @Test
    void theDemoReadsTheBundledDataSetsOnTheModulePath() throws IOException, InterruptedException {
        ByteArrayOutputStream onClassPath = new ByteArrayOutputStream();
        assertEquals(0, io.github.prepkit.demo.Main.run(new String[] {"datasets"},
                new PrintStream(onClassPath, true, StandardCharsets.UTF_8)));
        assertEquals(onClassPath.toString(StandardCharsets.UTF_8),
                runOnModulePath(io.github.prepkit.demo.Main.class, List.of("datasets")));
    }

    /**
     * Runs {@code program} in a new JVM with prepkit on the module path; its standard output, once it has exited with 0
     * and printed nothing on standard error.
     */
    private String runOnModulePath(Class<?> program, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(RuntimeClassPath.java(),
                "--module-path", modulePath(), "-m", MODULE + "/" + program.getName()));
        command.addAll(args);
        Path out = folder.resolve("stdout.txt");
        Path err = folder.resolve("stderr.txt");
        int status = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
        assertEquals(0, status, Files.readString(err));
        assertEquals("", Files.readString(err));
        return Files.readString(out);
    }

    /** Whether a package holds classes, not only resources (the bundled data sets are a package of CSV files). */
    private static boolean hasClasses(String name) {
        try (Stream<Path> files = Files.list(CLASSES.resolve(name.replace('.', '/')))) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> predict(Path output) {
        return List.of("predict", GOLDEN.toString(), "--input", "datasets/iris.csv", "--output", output.toString(),
                "--proba");
    }

    /**
     * Compiles a module {@code app} requiring prepkit with {@code source} as its one class, on an empty class path (not
     * the test's); javac's errors.
     */
    private String compileConsumer(String source) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src/app"));
        Files.writeString(sources.getParent().resolve("module-info.java"), "module app { requires " + MODULE + "; }");
        Files.writeString(sources.resolve("App.java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        javac.run(null, null, errors,
                "-d", folder.resolve("out").toString(), "--module-path", modulePath(), "-nowarn",
                "-classpath", Files.createDirectories(folder.resolve("empty")).toString(),
                sources.getParent().resolve("module-info.java").toString(), sources.resolve("App.java").toString());
        return errors.toString(StandardCharsets.UTF_8);
    }

    private static String modulePath() {
        return CLASSES + File.pathSeparator + String.join(File.pathSeparator, RuntimeClassPath.jars());
    }
}
