package io.github.prepkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ConsoleLogging} changes JVM-wide state: each test puts back the root handlers and the properties it reads. */
class ConsoleLoggingTest {

    private static final List<String> PROPERTIES = List.of(ConsoleLogging.SLF4J_VERBOSITY,
            ConsoleLogging.JUL_CONFIG_FILE, ConsoleLogging.JUL_CONFIG_CLASS);
    private static final String NL = System.lineSeparator();

    private final Logger root = Logger.getLogger("");
    private final Map<String, String> properties = new HashMap<>();
    private Handler[] handlers;

    @BeforeEach
    void save() {
        handlers = root.getHandlers();
        PROPERTIES.forEach(key -> properties.put(key, System.getProperty(key)));
    }

    @AfterEach
    void restore() {
        Arrays.stream(root.getHandlers()).forEach(root::removeHandler);
        Arrays.stream(handlers).forEach(root::addHandler);
        properties.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    private static ByteArrayOutputStream bytes() {
        return new ByteArrayOutputStream();
    }

    private static PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void warn(String format, Object... parameters) {
        System.getLogger("io.github.prepkit.test").log(System.Logger.Level.WARNING, format, parameters);
    }

    @Test
    void aRecordIsOneLineOfItsLevelAndMessageWithTheThrowableAppended() {
        ConsoleLogging.LineFormatter formatter = new ConsoleLogging.LineFormatter();
        LogRecord record = new LogRecord(Level.WARNING, "{0}: {1} of {2} fits failed");
        record.setParameters(new Object[] {"GridSearch", 2, 10});
        assertEquals("warning: GridSearch: 2 of 10 fits failed" + NL, formatter.format(record));
        record.setThrown(new IllegalStateException("singular matrix"));
        assertEquals("warning: GridSearch: 2 of 10 fits failed (java.lang.IllegalStateException: singular matrix)" + NL,
                formatter.format(record));
        assertEquals("severe: lost" + NL, formatter.format(new LogRecord(Level.SEVERE, "lost")));
    }

    @Test
    void installedItWritesEachWarningToTheGivenStream() {
        ByteArrayOutputStream out = bytes();
        ConsoleLogging.install(stream(out));
        warn("column ''{0}'' is constant", "k");
        warn("did not converge");
        assertEquals("warning: column 'k' is constant" + NL + "warning: did not converge" + NL, text(out));
    }

    @Test
    void installedTwiceItKeepsOneHandlerOnTheNewStream() {
        ByteArrayOutputStream first = bytes();
        ByteArrayOutputStream second = bytes();
        ConsoleLogging.install(stream(first));
        ConsoleLogging.install(stream(second));
        warn("once");
        assertEquals(1, root.getHandlers().length);
        assertEquals("", text(first));
        assertEquals("warning: once" + NL, text(second));
    }

    @Test
    void aUsersLoggingConfigurationIsLeftAlone() {
        System.setProperty(ConsoleLogging.JUL_CONFIG_FILE, "my-logging.properties");
        ConsoleLogging.install(stream(bytes()));
        assertArrayEquals(handlers, root.getHandlers());
        System.clearProperty(ConsoleLogging.JUL_CONFIG_FILE);
        System.setProperty(ConsoleLogging.JUL_CONFIG_CLASS, "my.LoggingConfig");
        ConsoleLogging.install(stream(bytes()));
        assertArrayEquals(handlers, root.getHandlers());
    }

    @Test
    void slf4jNoticesAreQuietedUnlessTheUserChoseTheirLevel() {
        System.clearProperty(ConsoleLogging.SLF4J_VERBOSITY);
        ConsoleLogging.install(stream(bytes()));
        assertEquals("ERROR", System.getProperty(ConsoleLogging.SLF4J_VERBOSITY));
        System.setProperty(ConsoleLogging.SLF4J_VERBOSITY, "DEBUG");
        ConsoleLogging.install(stream(bytes()));
        assertEquals("DEBUG", System.getProperty(ConsoleLogging.SLF4J_VERBOSITY));
    }

    @Test
    void theDemosWarningIsOneLineUnderItsTopic() {
        ByteArrayOutputStream out = bytes();
        PrintStream printed = stream(out);
        ConsoleLogging.install(printed);
        assertEquals(0, io.github.prepkit.demo.Main.run(new String[] {"preprocessing"}, printed));
        String output = text(out);
        int topic = output.indexOf("== OneHotEncoder: training levels remembered");
        int warning = output.indexOf(NL + "warning: OneHotEncoderModel.transform: column 'favorite_color' has 1 row(s)"
                + " with a level not seen at fit (first: 'teal'); they are encoded as all zeros, like the dropped column"
                + " 'favorite_color_blue'" + NL);
        int nextTopic = output.indexOf("== Scalers");
        assertTrue(0 <= topic && topic < warning && warning < nextTopic, output);
    }
}
