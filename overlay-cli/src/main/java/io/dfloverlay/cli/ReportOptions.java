package io.dfloverlay.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Output options shared by {@code simulate} and {@code compare} (a picocli mixin): the output
 * directory ({@code runs/<command>} by default), {@code --no-plots} and {@code --quiet}.
 */
public final class ReportOptions {
    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output directory (default: runs/${COMMAND-NAME}).")
    Path out;

    @Option(names = "--no-plots", description = "Do not write PNG/SVG plots.")
    boolean noPlots;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no run header on the console.")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The output directory: {@code --out}, else {@code runs/<command name>}. */
    Path out() {
        return out != null ? out : Path.of("runs", command.name());
    }

    /** The runner settings of these options. */
    SimulationRunner.Settings settings() {
        return new SimulationRunner.Settings(quiet, !noPlots);
    }
}
