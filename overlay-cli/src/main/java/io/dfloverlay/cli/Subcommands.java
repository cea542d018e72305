package io.dfloverlay.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code overlay}, registered lazily: picocli builds the model of every command
 * it is given (options, mixins, completion candidates and the registries behind them), which cost
 * about a third of a second per run when all eleven were built for every call. {@link #register}
 * adds only the subcommand the arguments name, and all of them when they name none (root usage,
 * {@code help}, an unknown name, whose error then lists the known ones). Stateless.
 */
final class Subcommands {
    /** Name to factory, in the order the root usage lists them. */
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("generate", GenerateCommand::new);
        ALL.put("info", InfoCommand::new);
        ALL.put("convert", ConvertCommand::new);
        ALL.put("spectrum", SpectrumCommand::new);
        ALL.put("certify", CertifyCommand::new);
        ALL.put("churn", ChurnCommand::new);
        ALL.put("repair", RepairCommand::new);
        ALL.put("simulate", SimulateCommand::new);
        ALL.put("compare", CompareCommand::new);
        ALL.put("bench", BenchCommand::new);
        ALL.put("help", CommandLine.HelpCommand::new);
    }

    private Subcommands() {}

    /**
     * Adds to {@code root} the subcommand {@code args} names, or every subcommand.
     *
     * @param root the root command, without subcommands
     * @param args the command-line arguments; the first one not starting with {@code -} names the
     *             subcommand (the root's own options take no values)
     */
    static void register(CommandLine root, String[] args) {
        String name = requested(args);
        if (name != null && !name.equals("help")) {
            add(root, name);
            return;
        }
        for (String n : ALL.keySet()) add(root, n);
    }

    /** The known subcommand named by the first non-option argument, or null. */
    static String requested(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) continue;
            return ALL.containsKey(a) ? a : null;
        }
        return null;
    }

    private static void add(CommandLine root, String name) {
        CommandLine sub = new CommandLine(ALL.get(name).get());
        if (name.equals("simulate") || name.equals("compare")) AdversaryOptions.describeIn(sub);
        root.addSubcommand(name, sub);
    }
}
