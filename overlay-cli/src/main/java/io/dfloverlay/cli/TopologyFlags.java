package io.dfloverlay.cli;

import io.dfloverlay.core.topology.ParamException;
import io.dfloverlay.core.topology.ParamSpec;
import io.dfloverlay.core.topology.TopologyKind;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How a command sets a registered parameter: by its own option when the command has one of that
 * name ({@code --n}, {@code --d}, {@code --budget}), else by {@code --param NAME=VALUE}. Used to
 * list a kind's parameters ({@code generate --list}) and to re-phrase a library's
 * {@link ParamException} ("d must be at least 3") with the flag the user typed.
 */
final class TopologyFlags {
    private final CommandSpec spec;

    /**
     * The flags of one command.
     *
     * @param spec the command's picocli model
     */
    TopologyFlags(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * The flag that sets parameter {@code param}.
     *
     * @param param a parameter name
     * @return {@code --NAME} or {@code --param NAME=VALUE}, or the bare name if the command can set neither
     */
    String flag(String param) {
        if (spec.findOption("--" + param) != null) return "--" + param;
        if (spec.findOption("--param") != null) return "--param " + param + "=VALUE";
        return param;
    }

    /**
     * The message of a parameter error with the parameter named by its flag.
     *
     * @param e the error
     * @return e.g. {@code "random-regular: --d must be at least 3, got 2"}
     */
    String message(ParamException e) {
        return e.message(p -> {
            String f = flag(p);
            return f.endsWith("=VALUE") ? f.substring(0, f.length() - "=VALUE".length()) : f;
        });
    }

    /**
     * The lines {@code generate --list} prints for one kind: its name, aliases and description,
     * then one line per parameter with the flag that sets it.
     *
     * @param kind the kind
     * @return the lines
     */
    List<String> describe(TopologyKind kind) {
        List<String> lines = new ArrayList<>();
        lines.add(kind.name() + (kind.aliases().isEmpty() ? "" : " (also " + String.join(", ", kind.aliases()) + ")")
                + (kind.timeVarying() ? " [time-varying]" : "") + ": " + kind.description());
        for (ParamSpec p : kind.params()) lines.add(String.format("    %-24s %s", flag(p.name()), p.summary()));
        return lines;
    }
}
