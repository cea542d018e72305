package io.dfloverlay.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The subcommands of {@code overlay}, registered lazily: picocli builds the model of every command
 * it is given (options, mixins, completion candidates and the registries behind them), which cost
 * about a third of a second per run when all of them were built for every call. {@link #register}
 * adds only the subcommand the arguments name, none for a bare {@code --version}, and all of them
 * when they name none (root usage, {@code help}, an unknown name, whose error then lists the known
 * ones). Stateless.
 */
final class Subcommands {
    /** The subcommand names, in the order the root usage lists them. */
    static final List<String> NAMES = List.of("generate", "info", "convert", "spectrum", "certify", "churn", "repair",
            "simulate", "compare", "reproduce", "bench", "help", "help-doc");

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
        if (name == null && versionOnly(args)) return; // the version needs no subcommand
        for (String n : NAMES) add(root, n);
    }

    /** The known subcommand named by the first non-option argument, or null. */
    static String requested(String[] args) {
        for (String a : args) {
            if (a.startsWith("-")) continue;
            return NAMES.contains(a) ? a : null;
        }
        return null;
    }

    /** Whether the arguments ask for the version and nothing the root usage would answer. */
    private static boolean versionOnly(String[] args) {
        boolean version = false;
        for (String a : args) {
            if (a.equals("-V") || a.equals("--version")) version = true;
            else if (!a.equals("-v") && !a.equals("--verbose")) return false;
        }
        return version;
    }

    /** A new instance of the named command (a switch, so only that command's class is loaded). */
    private static Object instance(String name) {
        return switch (name) {
            case "generate" -> new GenerateCommand();
            case "info" -> new InfoCommand();
            case "convert" -> new ConvertCommand();
            case "spectrum" -> new SpectrumCommand();
            case "certify" -> new CertifyCommand();
            case "churn" -> new ChurnCommand();
            case "repair" -> new RepairCommand();
            case "simulate" -> new SimulateCommand();
            case "compare" -> new CompareCommand();
            case "reproduce" -> new ReproduceCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            case "help-doc" -> new HelpDocCommand();
            default -> throw new IllegalArgumentException("unknown subcommand " + name);
        };
    }

    private static void add(CommandLine root, String name) {
        CommandLine sub = new CommandLine(instance(name));
        if (name.equals("simulate") || name.equals("compare")) AdversaryOptions.describeIn(sub);
        root.addSubcommand(name, sub);
    }
}
