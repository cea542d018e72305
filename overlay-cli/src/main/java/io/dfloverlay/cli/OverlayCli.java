package io.dfloverlay.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code overlay} command-line tool. Parse errors exit 2 with one line naming the problem;
 * execution errors exit 1 with one line (the stack trace only with {@code --verbose}). Only the
 * subcommand a call names is built ({@link Subcommands}).
 */
@Command(name = "overlay", mixinStandardHelpOptions = true, versionProvider = ProjectVersion.class,
        header = "Build, certify, repair and simulate overlays for decentralized federated learning.")
public final class OverlayCli implements Runnable {
    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with the given streams and returns the exit status (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine(args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((ex, cl, parsed) -> {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + CliErrors.describe(ex, cl.getCommandSpec()));
            if (isVerbose(cl)) ex.printStackTrace(err);
            err.flush();
            return CliErrors.exitCode(ex);
        });
        cmd.setParameterExceptionHandler((ex, args2) -> {
            CommandLine cl = ex.getCommandLine();
            String name = cl.getCommandSpec().qualifiedName();
            err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            err.flush();
            return 2;
        });
        try (InterruptNotice notice = InterruptNotice.install(err)) {
            return cmd.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("overlay: out of memory (give the JVM more, e.g. OVERLAY_JAVA_OPTS=-Xmx8g ./overlay ...)");
            err.flush();
            return 1;
        } catch (StackOverflowError e) {
            err.println("overlay: stack overflow (input too deep or too large)");
            err.flush();
            return 1;
        }
    }

    /**
     * The root command line with every subcommand, configured as {@link #execute} runs it (also
     * the source of the CLI reference, {@link CliReference}).
     *
     * @return a fresh command line, streams not yet set
     */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The root command line with the subcommand {@code args} name, or all of them ({@link Subcommands#register}).
     *
     * @param args the command-line arguments
     * @return a fresh command line, streams not yet set
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new OverlayCli());
        Subcommands.register(cmd, args);
        return cmd;
    }

    private static boolean isVerbose(CommandLine cl) {
        CommandLine root = cl;
        while (root.getParent() != null) root = root.getParent();
        return root.getCommand() instanceof OverlayCli o && o.verbose;
    }
}
