package io.github.prepkit.contract;

import io.github.prepkit.base.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiled classes of the library (nested ones included), for the tests that check every one of them. */
final class ProjectClasses {

    private ProjectClasses() {
    }

    /** Every class of the library but {@code module-info} and the {@code package-info} of each package. */
    static List<Class<?>> all() {
        try {
            Path classes = Path.of(Model.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
                        .sorted()
                        .<Class<?>>map(ProjectClasses::loaded)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> loaded(String name) {
        try {
            return Class.forName(name, false, ProjectClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
