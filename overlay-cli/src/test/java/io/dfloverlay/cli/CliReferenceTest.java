package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** docs/cli.md is exactly the help the commands print; {@code overlay help-doc} writes it. */
class CliReferenceTest {
    private static final Path DOC = Path.of("..", "docs", "cli.md");

    @Test
    void docsCliMdIsTheGeneratedReference() throws IOException {
        String generated = CliReference.markdown(OverlayCli.commandLine());
        String committed = Files.exists(DOC) ? Files.readString(DOC) : "";
        assertTrue(generated.equals(committed),
                "docs/cli.md differs from the commands' help: regenerate it with `" + CliReference.REGENERATE
                        + "` (from the repository root) and commit it");
    }

    @Test
    void everyCommandHasASectionWithItsOwnUsageAndNoColours() {
        String md = CliReference.markdown(OverlayCli.commandLine());
        CommandLine root = OverlayCli.commandLine();
        List<String> names = root.getSubcommands().keySet().stream().toList();
        assertTrue(names.containsAll(List.of("generate", "simulate", "compare", "churn", "help-doc")), names.toString());
        for (String name : names) {
            String usage = root.getSubcommands().get(name).getCommandSpec().qualifiedName();
            assertTrue(md.contains("\n## " + usage + "\n"), "section of " + usage);
            assertTrue(md.contains("Usage: " + usage + " "), "usage line of " + usage);
        }
        assertFalse(md.contains("\u001b["), "no ANSI escapes");
        assertTrue(md.contains("--topologies"), "compare's options are listed");
    }

    @Test
    void helpDocWritesTheFileAtomicallyAndPrintsToStdoutWithoutOut(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cli.md");
        CliHarness.Run r = CliHarness.run("help-doc", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(CliReference.markdown(OverlayCli.commandLine()), Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left");
        }
        CliHarness.Run toStdout = CliHarness.run("help-doc");
        assertEquals(0, toStdout.exit(), toStdout.err());
        assertEquals(Files.readString(out), toStdout.out());
    }

    @Test
    void helpDocIntoAMissingDirectoryIsOneLine(@TempDir Path dir) {
        String err = CliHarness.assertOneLineError(CliHarness.run("help-doc", "--out", dir.resolve("no/such/dir/cli.md").toString()));
        assertTrue(err.startsWith("overlay help-doc: "), err);
    }
}
