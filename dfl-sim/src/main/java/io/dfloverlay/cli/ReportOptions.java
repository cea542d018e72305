package io.dfloverlay.cli;

import picocli.CommandLine.Option;

/** Output options shared by {@code simulate} and {@code compare} (a picocli mixin). */
public final class ReportOptions {
    @Option(names = "--no-plots", description = "Do not write PNG/SVG plots.")
    boolean noPlots;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no run header on the console.")
    boolean quiet;
}
