package io.dfloverlay.cli;

import io.dfloverlay.core.io.AtomicFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code overlay help-doc}: writes the CLI reference (docs/cli.md) rendered from every command's help. */
@Command(name = "help-doc", mixinStandardHelpOptions = true,
        header = "Write the CLI reference (markdown) generated from every command's help.",
        description = "Renders the usage help of every command and subcommand, without colours, as markdown: "
                + "the source of docs/cli.md (" + CliReference.REGENERATE + ").")
final class HelpDocCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "Markdown file to write (atomically); standard output if absent.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text = CliReference.markdown(OverlayCli.commandLine());
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, text);
            spec.commandLine().getOut().println("wrote " + out);
        }
        return 0;
    }
}
