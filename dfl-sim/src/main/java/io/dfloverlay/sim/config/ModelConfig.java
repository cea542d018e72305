package io.dfloverlay.sim.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The model: a fully connected network with the given hidden widths between the data's input and
 * its classes (none: softmax regression, or linear least squares on regression data). With a
 * {@code context} it is the character model {@code char-mlp} of a text: the one-hot codes of the
 * {@code context} characters before the target, concatenated, feed the network, whose first layer
 * thus holds a learned vector per (position, character), and it predicts the next character.
 *
 * @param hidden  hidden layer widths, each at least 1 (copied; empty for softmax / linear)
 * @param context characters of context of the character model, at least 1; null for the other models
 */
public record ModelConfig(List<Integer> hidden, Integer context) {
    /** The default MLP hidden layer of Fashion-MNIST's 784-256-10 network. */
    public static final List<Integer> MLP_HIDDEN = List.of(256);
    /** The default context of {@code char-mlp}. */
    public static final int CHAR_CONTEXT = 16;

    /**
     * Validates and copies the widths.
     *
     * @throws ConfigException when a width is missing or below 1, the context is below 1, or a
     *                         character model has no hidden layer
     */
    public ModelConfig {
        ConfigException.require(hidden != null, "hidden", "missing");
        for (Integer w : hidden) ConfigException.require(w != null && w >= 1, "hidden", "widths must be at least 1, got " + hidden);
        hidden = List.copyOf(hidden);
        ConfigException.require(context == null || context >= 1, "context", "must be at least 1, got " + context);
        ConfigException.require(context == null || !hidden.isEmpty(), "hidden", "the character model needs at least one hidden layer");
    }

    /**
     * A model without context (softmax, linear or MLP).
     *
     * @param hidden hidden layer widths
     * @throws ConfigException when a width is missing or below 1
     */
    public ModelConfig(List<Integer> hidden) {
        this(hidden, null);
    }

    /**
     * The short syntax, as {@link ConfigSyntax#model} reads it.
     *
     * @return {@code softmax}, {@code mlp} (one hidden layer of 256), {@code mlp:W1,W2,...} or
     *         {@code char-mlp:ctx=C,hidden=W1+W2...}
     */
    public String syntax() {
        if (context != null)
            return "char-mlp:ctx=" + context + ",hidden=" + hidden.stream().map(String::valueOf).collect(Collectors.joining("+"));
        if (hidden.isEmpty()) return "softmax";
        if (hidden.equals(MLP_HIDDEN)) return "mlp";
        return "mlp:" + hidden.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
