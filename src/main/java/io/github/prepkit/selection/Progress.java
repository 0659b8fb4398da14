package io.github.prepkit.selection;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar over a search's fits on the terminal (me.tongfei.progressbar, on standard error), or nothing:
 * it shows only when switched on, a console is attached ({@code System.console()}, never the case under a test
 * runner or with redirected output) and there are more than {@value #FEW} fits. Stepping is thread-safe.
 */
final class Progress implements AutoCloseable {

    /** Up to this many fits, no bar is worth showing. */
    static final int FEW = 10;

    private static final int WIDTH = 100;

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar named {@code task} over {@code fits} fits, or a silent one unless {@link #shown} says otherwise. */
    static Progress of(String task, int fits, boolean enabled) {
        return shown(enabled, System.console() != null, fits) ? to(System.err, task, fits) : silent();
    }

    /** Whether a bar shows: switched on, a console attached and more than {@value #FEW} fits. */
    static boolean shown(boolean enabled, boolean console, int fits) {
        return enabled && console && fits > FEW;
    }

    /** A bar written to {@code out}. */
    static Progress to(PrintStream out, String task, int fits) {
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(fits)
                .setConsumer(new ConsoleProgressBarConsumer(out, WIDTH)).build());
    }

    /** A bar that shows nothing. */
    static Progress silent() {
        return new Progress(null);
    }

    /** One more fit done. */
    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
