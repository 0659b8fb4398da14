package io.github.prepkit.contract;

import static io.github.prepkit.reference.TableAssertions.assertTableClose;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.prepkit.base.Model;
import io.github.prepkit.base.Sampler;
import io.github.prepkit.internal.data.Tables;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The edges of the contract, toward scikit-learn's {@code check_estimator}, for every registered class: a one-row
 * table fits or fails clearly; an empty table fails saying so; a missing value in a feature is handled or refused
 * naming the column; a model's output on some rows is its output on all rows restricted to them; the order of the
 * columns given to a model does not change its output; and every numeric parameter refuses its invalid extreme
 * (NaN for a double, the most negative int for an int), naming the parameter.
 */
class EdgeContractTest {

    @TestFactory
    Stream<DynamicContainer> everyRegisteredClassHandlesTheEdges() {
        return Registry.all().stream().map(contract -> DynamicContainer.dynamicContainer(contract.toString(),
                checks(contract)));
    }

    private static Stream<DynamicTest> checks(Contract contract) {
        List<DynamicTest> checks = new ArrayList<>();
        checks.add(DynamicTest.dynamicTest("a one-row table fits or fails clearly", () -> {
            Table one = contract.data().get().first(1);
            worksOrFailsClearly(() -> fitAndApply(contract, one), contract);
        }));
        checks.add(DynamicTest.dynamicTest("an empty table fails saying so", () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fitAndApply(contract, contract.data().get().emptyCopy()));
            assertTrue(e.getMessage().contains("empty"), e.getMessage());
        }));
        checks.add(DynamicTest.dynamicTest("a missing feature value is handled or refused naming the column", () -> {
            Table data = contract.data().get();
            String column = firstNumericFeature(data, contract.target());
            data.column(column).setMissing(1);
            String message = worksOrFailsClearly(() -> fitAndApply(contract, data), contract);
            assertTrue(message == null || message.contains("'" + column + "'"), message);
        }));
        if (!(contract.estimator().get() instanceof Sampler)) {
            checks.add(DynamicTest.dynamicTest("the output on some rows is the output on all rows, restricted", () -> {
                Table data = contract.data().get();
                Model model = ContractSuiteTest.savable(contract.estimator().get(), data, contract.target());
                int[] some = IntStream.range(0, data.rowCount()).filter(row -> row % 3 == 1).toArray();
                assertTableClose(Tables.rows(ContractSuiteTest.output(model, data, contract.target()), some),
                        ContractSuiteTest.output(model, Tables.rows(data, some), contract.target()), 0);
            }));
            checks.add(DynamicTest.dynamicTest("the order of the columns does not change the output", () -> {
                Table data = contract.data().get();
                Model model = ContractSuiteTest.savable(contract.estimator().get(), data, contract.target());
                List<Column<?>> reversed = new ArrayList<>(data.columns());
                java.util.Collections.reverse(reversed);
                assertTableClose(ContractSuiteTest.output(model, data, contract.target()),
                        ContractSuiteTest.output(model, Table.create(data.name(), reversed), contract.target()), 0);
            }));
        }
        Object estimator = contract.estimator().get();
        if (estimator.getClass().isRecord()) {
            for (RecordComponent component : estimator.getClass().getRecordComponents()) {
                Object extreme = component.getType() == double.class ? (Object) Double.NaN
                        : component.getType() == int.class ? (Object) Integer.MIN_VALUE : null;
                if (extreme != null) {
                    checks.add(DynamicTest.dynamicTest(component.getName() + " = " + extreme + " fails naming it",
                            () -> refusedNaming(estimator, component, extreme)));
                }
            }
        }
        return checks.stream();
    }

    /** Fits on {@code data} and applies the result to it, as the contract suite does. */
    private static void fitAndApply(Contract contract, Table data) {
        Object estimator = contract.estimator().get();
        if (estimator instanceof Sampler sampler) {
            sampler.fitResample(data, contract.target());
            return;
        }
        Model model = ContractSuiteTest.savable(estimator, data, contract.target());
        ContractSuiteTest.output(model, data, contract.target());
    }

    /**
     * Runs {@code code}: it works (null comes back), or fails with an IllegalArgumentException or, where an algorithm
     * cannot go on, an IllegalStateException, with a message (which comes back); anything else fails the test.
     */
    private static String worksOrFailsClearly(Executable code, Contract contract) {
        try {
            code.execute();
            return null;
        } catch (IllegalArgumentException | IllegalStateException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), contract + ": a failure without a message");
            return e.getMessage();
        } catch (Throwable e) {
            return fail(contract + " failed from inside: " + e, e);
        }
    }

    private static String firstNumericFeature(Table data, String target) {
        return data.columns().stream().filter(c -> c instanceof NumericColumn<?> && !c.name().equals(target))
                .map(Column::name).findFirst().orElseThrow();
    }

    /**
     * The names a message may use for parameter {@code name}: itself, or the fluent method that sets it with another
     * ({@code featureRange} for {@code featureRangeLow}, {@code fillValue} for {@code numericFillValue}).
     */
    private static List<String> names(String name) {
        String withoutLast = name.replaceAll("[A-Z][a-z0-9]*$", "");
        String withoutFirst = name.replaceFirst("^[a-z0-9]+", "");
        return List.of(name, withoutLast.isEmpty() ? name : withoutLast,
                withoutFirst.isEmpty() ? name : Character.toLowerCase(withoutFirst.charAt(0)) + withoutFirst.substring(1));
    }

    /** Builds a copy of {@code estimator} with {@code value} for {@code component}: it must fail naming it. */
    private static void refusedNaming(Object estimator, RecordComponent component, Object value) throws Exception {
        RecordComponent[] components = estimator.getClass().getRecordComponents();
        Object[] arguments = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
            arguments[k] = components[k].getName().equals(component.getName()) ? value
                    : components[k].getAccessor().invoke(estimator);
        }
        Constructor<?> canonical = estimator.getClass().getDeclaredConstructor(types);
        try {
            canonical.newInstance(arguments);
            fail(estimator.getClass().getSimpleName() + " accepted " + component.getName() + " = " + value);
        } catch (InvocationTargetException e) {
            assertTrue(e.getCause() instanceof IllegalArgumentException, "not an IllegalArgumentException: " + e.getCause());
            String message = e.getCause().getMessage();
            assertTrue(names(component.getName()).stream().anyMatch(message::contains), message);
        }
    }
}
