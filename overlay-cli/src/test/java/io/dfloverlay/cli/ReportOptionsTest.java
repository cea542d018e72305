package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shared output options: the default directory is {@code runs/<command>}, {@code --out} overrides it. */
class ReportOptionsTest {
    @Test
    void defaultOutputDirectoryIsNamedAfterTheCommand() {
        SimulateCommand sim = new SimulateCommand();
        new CommandLine(sim).parseArgs();
        assertEquals(Path.of("runs/simulate"), sim.report.out());
        CompareCommand cmp = new CompareCommand();
        new CommandLine(cmp).parseArgs();
        assertEquals(Path.of("runs/compare"), cmp.report.out());
        String help = new CommandLine(new CompareCommand()).getUsageMessage();
        assertTrue(help.contains("(default: runs/compare)"), help);
    }

    @Test
    void outOptionOverridesTheDefault() {
        SimulateCommand sim = new SimulateCommand();
        new CommandLine(sim).parseArgs("-o", "x/y", "--no-plots", "-q");
        assertEquals(Path.of("x/y"), sim.report.out());
        assertEquals(new SimulationRunner.Settings(true, false), sim.report.settings());
    }
}
