package io.github.prepkit.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.prepkit.base.Model;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every public method and constructor of the library, given null for one reference argument at a time (and ordinary
 * values for the others), fails with an IllegalArgumentException or works, never with a NullPointerException from
 * inside: the probe of Guava's {@code NullPointerTester}, by reflection over the compiled classes (in this test only).
 * Instance methods are called on a default estimator (the no-argument constructor) and on every registered class's
 * fitted model.
 */
class NullArgumentsTest {

    @Test
    void noPublicMethodThrowsANullPointerExceptionForANullArgument() {
        Map<Class<?>, List<Object>> receivers = receivers();
        Set<String> failures = new TreeSet<>();
        int calls = 0;
        for (Class<?> type : publicClasses()) {
            for (Executable member : members(type)) {
                Class<?>[] parameters = member.getParameterTypes();
                boolean isStatic = member instanceof Constructor<?> || Modifier.isStatic(member.getModifiers());
                List<Object> targets = isStatic ? java.util.Collections.singletonList(null)
                        : receivers.getOrDefault(type, List.of());
                for (Object target : targets) {
                    for (int i = 0; i < parameters.length; i++) {
                        if (parameters[i].isPrimitive()) {
                            continue;
                        }
                        calls++;
                        if (throwsNullPointer(member, target, arguments(parameters, i))) {
                            failures.add(type.getSimpleName() + "." + member.getName() + ", argument " + i + " ("
                                    + parameters[i].getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(calls > 800, "calls: " + calls);
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " calls threw a NullPointerException: "
                + String.join("; ", failures));
    }

    private static boolean throwsNullPointer(Executable member, Object target, Object[] arguments) {
        try {
            if (member instanceof Constructor<?> constructor) {
                constructor.newInstance(arguments);
            } else {
                ((Method) member).invoke(target, arguments);
            }
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof NullPointerException;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The public classes of prepkit but the demos and the command line, which print rather than return. */
    private static List<Class<?>> publicClasses() {
        return ProjectClasses.all().stream()
                .filter(type -> !type.getName().contains(".demo.") && !type.getName().contains(".cli."))
                .filter(type -> Modifier.isPublic(type.getModifiers()) && !type.isSynthetic())
                .toList();
    }

    /**
     * The public constructors and methods, inherited ones included, that prepkit declares: not {@code equals} (false
     * is its documented answer to null) nor an enum's {@code valueOf}.
     */
    private static List<Executable> members(Class<?> type) {
        List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
        for (Method method : type.getMethods()) {
            boolean ours = method.getDeclaringClass().getName().startsWith("io.github.prepkit.");
            boolean enumMethod = type.isEnum() && method.getName().equals("valueOf");
            if (ours && !method.isSynthetic() && !method.isBridge() && !method.getName().equals("equals") && !enumMethod) {
                members.add(method);
            }
        }
        return members;
    }

    /** Default estimators, and each registered class's fitted model, by their class. */
    private static Map<Class<?>, List<Object>> receivers() {
        Map<Class<?>, List<Object>> receivers = new HashMap<>();
        for (Class<?> type : publicClasses()) {
            Object instance = noArguments(type);
            if (instance != null) {
                receivers.computeIfAbsent(type, t -> new ArrayList<>()).add(instance);
            }
        }
        for (Contract contract : Registry.all()) {
            Object estimator = contract.estimator().get();
            receivers.computeIfAbsent(estimator.getClass(), t -> new ArrayList<>()).add(estimator);
            Model model = ContractSuiteTest.savable(estimator, contract.data().get(), contract.target());
            for (Class<?> type = model.getClass(); type != null; type = type.getSuperclass()) {
                receivers.computeIfAbsent(type, t -> new ArrayList<>()).add(model);
            }
        }
        return receivers;
    }

    private static Object noArguments(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object[] arguments(Class<?>[] parameters, int nullAt) {
        Object[] arguments = new Object[parameters.length];
        for (int j = 0; j < parameters.length; j++) {
            arguments[j] = j == nullAt ? null : ordinary(parameters[j]);
        }
        return arguments;
    }

    /** An ordinary value of {@code type}, so that the null under test is the only unusual argument. */
    private static Object ordinary(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Table.class) {
            return Table.create("t", DoubleColumn.create("x", 1.0, 2.0));
        }
        if (type == Column.class) {
            return DoubleColumn.create("y", 1.0, 2.0);
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 1);
        }
        if (type == OptionalInt.class) {
            return OptionalInt.empty();
        }
        if (type == OptionalDouble.class) {
            return OptionalDouble.empty();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == ColumnType.class) {
            return ColumnType.DOUBLE;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Path.class) {
            return Path.of("/nonexistent");
        }
        return noArguments(type);
    }
}
