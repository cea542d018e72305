package io.dfloverlay.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The CLI reference ({@code docs/cli.md}) rendered from picocli's own usage help, so the document
 * cannot drift from the options: one section per command and subcommand, depth first in
 * declaration order, each the exact {@link CommandLine#getUsageMessage(CommandLine.Help.Ansi)}
 * text without ANSI colours at a fixed width of {@value #WIDTH} columns. Regenerate with
 * {@code ./overlay help-doc --out docs/cli.md}.
 */
final class CliReference {
    /** Usage help width of the document (fixed, so the terminal does not change the text). */
    static final int WIDTH = 100;

    /** The command that regenerates the document, for messages. */
    static final String REGENERATE = "./overlay help-doc --out docs/cli.md";

    private CliReference() {}

    /**
     * Renders the reference of {@code root} and all its subcommands.
     *
     * @param root the configured root command line (see {@link OverlayCli#commandLine()})
     * @return the markdown text, ending with a newline
     */
    static String markdown(CommandLine root) {
        StringBuilder md = new StringBuilder()
                .append("# CLI reference\n\n")
                .append("Generated from the picocli help of every command by `").append(REGENERATE).append("`; do not edit by\n")
                .append("hand (`CliReferenceTest` fails when this file and the help differ). The user guide explains the\n")
                .append("concepts: [guide.md](guide.md).\n\n");
        List<CommandLine> commands = new ArrayList<>();
        collect(root, commands, Collections.newSetFromMap(new IdentityHashMap<>()));
        md.append("Commands: ");
        for (int i = 0; i < commands.size(); i++)
            md.append(i == 0 ? "" : ", ").append('[').append(name(commands.get(i))).append("](#").append(anchor(commands.get(i))).append(')');
        md.append(".\n");
        for (CommandLine c : commands) {
            c.setUsageHelpAutoWidth(false);
            c.setUsageHelpWidth(WIDTH);
            md.append("\n## ").append(name(c)).append("\n\n```text\n")
                    .append(c.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        }
        return md.toString();
    }

    /** Depth first, each command once (aliases map to the same command line). */
    private static void collect(CommandLine c, List<CommandLine> out, Set<CommandLine> seen) {
        if (!seen.add(c)) return;
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) collect(sub, out, seen);
    }

    private static String name(CommandLine c) {
        return c.getCommandSpec().qualifiedName();
    }

    /** GitHub's anchor of the section heading: lower case, spaces to dashes. */
    private static String anchor(CommandLine c) {
        return name(c).toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
