package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Only the subcommand a call names is built; calls that name none still see all of them. */
class SubcommandsTest {
    private static List<String> registered(String... args) {
        CommandLine root = new CommandLine(new OverlayCli());
        Subcommands.register(root, args);
        return List.copyOf(root.getSubcommands().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "info", "convert", "spectrum", "certify", "churn", "repair", "simulate", "compare", "reproduce",
        "bench", "help-doc"})
    void aNamedSubcommandIsTheOnlyOneBuilt(String name) {
        assertEquals(List.of(name), registered(name, "x.mtx", "--json"));
        assertEquals(List.of(name), registered("-v", name, "--help"));
    }

    @Test
    void noNameHelpOrAnUnknownNameBuildsAllInUsageOrder() {
        List<String> all = List.of("generate", "info", "convert", "spectrum", "certify", "churn", "repair", "simulate", "compare",
                "reproduce", "bench", "help", "help-doc");
        assertEquals(all, registered());
        assertEquals(all, registered("--help"));
        assertEquals(all, registered("help", "spectrum"));
        assertEquals(all, registered("spectra", "g.mtx"));
    }

    @Test
    void aBareVersionRequestBuildsNoneAndStillPrintsTheVersion() {
        assertEquals(List.of(), registered("--version"));
        assertEquals(List.of(), registered("-v", "-V"));
        assertEquals(Subcommands.NAMES, registered("-V", "-h"));
        CliHarness.Run r = CliHarness.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("overlay "), r.out());
    }

    @Test
    void rootUsageListsEverySubcommandAndInheritedVerboseReachesALazyOne() {
        CliHarness.Run root = CliHarness.run("--help");
        assertEquals(0, root.exit());
        for (String name : Subcommands.NAMES) assertTrue(root.out().contains("  " + name + " "), name + " missing from:\n" + root.out());
        CliHarness.Run spectrum = CliHarness.run("spectrum", "--help");
        assertEquals(0, spectrum.exit());
        assertTrue(spectrum.out().contains("--verbose"), spectrum.out());
        CliHarness.Run unknown = CliHarness.run("spectra");
        assertEquals(2, unknown.exit());
        assertTrue(CliHarness.assertOneLineError(unknown).contains("'spectra'"), unknown.err());
    }

    @Test
    void aLazySubcommandStillMapsBadInputToOneLineAndExitTwo() {
        CliHarness.Run r = CliHarness.run("-v", "spectrum", "--tolerance", "x", "g.mtx");
        assertEquals(2, r.exit());
        assertTrue(CliHarness.assertOneLineError(r).startsWith("overlay spectrum: "), r.err());
    }
}
