package io.dfloverlay.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar with ETA on stderr (me.tongfei:progressbar): redrawn in place on a terminal,
 * otherwise plain ASCII lines every few seconds to the command's error stream; nothing when quiet.
 */
final class ProgressReporter implements AutoCloseable {
    private final ProgressBar bar;

    private ProgressReporter(ProgressBar bar) {
        this.bar = bar;
    }

    /** A reporter for {@code total} rounds of task {@code name}. */
    static ProgressReporter start(String name, int total, boolean quiet, PrintWriter err) {
        if (quiet) return new ProgressReporter(null);
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setUnit(" rounds", 1)
                .showSpeed();
        if (System.console() != null && System.console().isTerminal()) {
            b.setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250);
        } else {
            // progressbar renders the final state twice (last refresh and close): print a line only once
            String[] last = {null};
            b.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5000)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        String l = line.strip();
                        if (l.equals(last[0])) return;
                        last[0] = l;
                        err.println(l);
                        err.flush();
                    }, 160));
        }
        return new ProgressReporter(b.build());
    }

    /** Shows {@code round} rounds done. */
    void stepTo(int round) {
        if (bar != null) bar.stepTo(round);
    }

    /** Shows a short note after the bar (e.g. the last accuracy). */
    void note(String message) {
        if (bar != null) bar.setExtraMessage(message);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
