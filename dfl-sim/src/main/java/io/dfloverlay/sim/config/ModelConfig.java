package io.dfloverlay.sim.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model: a fully connected network with the given hidden widths between the data's input and
 * its classes (none: softmax regression, or linear least squares on regression data).
 *
 * @param hidden hidden layer widths, each at least 1 (copied; empty for softmax / linear)
 */
public record ModelConfig(List<Integer> hidden) {
    /** The default MLP hidden layer of Fashion-MNIST's 784-256-10 network. */
    public static final List<Integer> MLP_HIDDEN = List.of(256);

    /**
     * Validates and copies the widths.
     *
     * @throws ConfigException when a width is missing or below 1
     */
    public ModelConfig {
        ConfigException.require(hidden != null, "hidden", "missing");
        for (Integer w : hidden) ConfigException.require(w != null && w >= 1, "hidden", "widths must be at least 1, got " + hidden);
        hidden = List.copyOf(hidden);
    }

    /**
     * The short syntax, as {@link ConfigSyntax#model} reads it.
     *
     * @return {@code softmax}, {@code mlp} (one hidden layer of 256) or {@code mlp:W1,W2,...}
     */
    public String syntax() {
        if (hidden.isEmpty()) return "softmax";
        if (hidden.equals(MLP_HIDDEN)) return "mlp";
        return "mlp:" + hidden.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
