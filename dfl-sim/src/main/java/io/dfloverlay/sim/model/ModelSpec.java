package io.dfloverlay.sim.model;

import java.util.Arrays;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.ModelConfig;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fully connected network {@code widths[0] → widths[1] → … → widths[L]} with ReLU between
 * layers and the given loss on the last: L = 1 is softmax regression (cross-entropy) or linear
 * least squares (squared loss). Parameters of one client are the flat vector, layer by layer,
 * {@code W_l} row-major {@code [in × out]} then {@code b_l [out]}; engines may store the
 * {@code [n × p]} block of all clients as one contiguous {@code [n × size_l]} panel per tensor.
 *
 * <p>With a {@code vocabulary} V &gt; 0 the input is token-coded: each data row holds
 * {@code widths[0] / V} token indices (as floats), and the network's input is their one-hot codes
 * concatenated, which engines expand when they gather a batch (the one-hot rows are never stored);
 * so the first layer is a learned embedding per (position, token), summed (the character model).
 *
 * @param name       display name, e.g. {@code mlp 784-256-10}
 * @param widths     layer widths, input first (copied)
 * @param loss       output loss
 * @param vocabulary tokens of a token-coded input, 0 for plain features
 */
public record ModelSpec(String name, int[] widths, Loss loss, int vocabulary) {
    /**
     * Validates widths.
     *
     * @throws IllegalArgumentException on a width below 1, an output that does not fit the loss, or
     *                                  a vocabulary that does not divide the input width
     */
    public ModelSpec {
        widths = widths.clone();
        if (vocabulary < 0) throw new IllegalArgumentException("vocabulary must be >= 0, got " + vocabulary);
        if (widths.length < 2) throw new IllegalArgumentException("a model needs at least input and output widths");
        for (int w : widths) if (w < 1) throw new IllegalArgumentException("layer widths must be >= 1, got " + Arrays.toString(widths));
        if (loss == Loss.SQUARED && widths[widths.length - 1] != 1)
            throw new IllegalArgumentException("squared loss needs one output, got " + widths[widths.length - 1]);
        if (loss == Loss.CROSS_ENTROPY && widths[widths.length - 1] < 2)
            throw new IllegalArgumentException("cross-entropy needs >= 2 classes");
        if (vocabulary > 0 && widths[0] % vocabulary != 0)
            throw new IllegalArgumentException("input width " + widths[0] + " is not a multiple of the vocabulary " + vocabulary);
    }

    /**
     * A model on plain features (vocabulary 0).
     *
     * @param name   display name
     * @param widths layer widths, input first
     * @param loss   output loss
     */
    public ModelSpec(String name, int[] widths, Loss loss) {
        this(name, widths, loss, 0);
    }

    /**
     * Token positions per data row of a token-coded input.
     *
     * @return {@code widths[0] / vocabulary}, or {@code widths[0]} for plain features
     */
    public int inputColumns() {
        return vocabulary == 0 ? widths[0] : widths[0] / vocabulary;
    }

    /**
     * Parses a model spec in the short syntax of {@link ConfigSyntax#model} for a dataset.
     *
     * @param spec       {@code softmax}, {@code mlp} or {@code mlp:W1,W2,...}
     * @param inputDim   features per example
     * @param numClasses classes of the data, 0 for regression (then the loss is squared error)
     * @return the model
     * @throws IllegalArgumentException on a malformed spec
     */
    public static ModelSpec parse(String spec, int inputDim, int numClasses) {
        return of(ConfigSyntax.model(spec), inputDim, numClasses);
    }

    /**
     * The model of {@code config} for a dataset: its hidden widths between the input and the
     * classes (cross-entropy), or one output (squared loss) for regression; a character model
     * ({@code config.context()} set) reads {@code inputDim} = context token indices over a
     * vocabulary of {@code numClasses} characters, one-hot coded.
     *
     * @param config     hidden widths (and context)
     * @param inputDim   features per example
     * @param numClasses classes of the data, 0 for regression
     * @return the model
     * @throws IllegalArgumentException when a character model's context differs from the data's
     */
    public static ModelSpec of(ModelConfig config, int inputDim, int numClasses) {
        if (config.context() != null) {
            if (config.context() != inputDim || numClasses < 2)
                throw new IllegalArgumentException("char-mlp with context " + config.context() + " needs text windows of "
                        + config.context() + " characters, got " + inputDim + " features and " + numClasses + " classes");
            List<Integer> hidden = config.hidden();
            int[] widths = new int[hidden.size() + 2];
            widths[0] = inputDim * numClasses;
            for (int i = 0; i < hidden.size(); i++) widths[i + 1] = hidden.get(i);
            widths[widths.length - 1] = numClasses;
            StringBuilder name = new StringBuilder("char-mlp ").append(inputDim).append('x').append(numClasses);
            for (int i = 1; i < widths.length; i++) name.append('-').append(widths[i]);
            return new ModelSpec(name.toString(), widths, Loss.CROSS_ENTROPY, numClasses);
        }
        int out = numClasses > 0 ? numClasses : 1;
        Loss loss = numClasses > 0 ? Loss.CROSS_ENTROPY : Loss.SQUARED;
        List<Integer> hidden = config.hidden();
        int[] widths = new int[hidden.size() + 2];
        widths[0] = inputDim;
        for (int i = 0; i < hidden.size(); i++) widths[i + 1] = hidden.get(i);
        widths[widths.length - 1] = out;
        StringBuilder name = new StringBuilder(hidden.isEmpty() ? (loss == Loss.SQUARED ? "linear " : "softmax ") : "mlp ");
        for (int i = 0; i < widths.length; i++) name.append(i == 0 ? "" : "-").append(widths[i]);
        return new ModelSpec(name.toString(), widths, loss);
    }

    /** {@return the number of layers L} */
    public int numLayers() {
        return widths.length - 1;
    }

    /**
     * Input width of layer {@code l}.
     *
     * @param l the layer, 0-based
     * @return its input width
     */
    public int in(int l) {
        return widths[l];
    }

    /**
     * Output width of layer {@code l}.
     *
     * @param l the layer, 0-based
     * @return its output width
     */
    public int out(int l) {
        return widths[l + 1];
    }

    /** {@return the layer widths, input first (a copy)} */
    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** {@return the number of parameters per client, p = Σ (in·out + out)} */
    public long numParameters() {
        long p = 0;
        for (int l = 0; l < numLayers(); l++) p += (long) in(l) * out(l) + out(l);
        return p;
    }

    /**
     * Offset of {@code W_l} in the flat per-client vector; {@code b_l} follows at {@code + in·out}.
     *
     * @param l the layer, 0-based
     * @return the offset of its weights, in floats
     */
    public long offset(int l) {
        long p = 0;
        for (int k = 0; k < l; k++) p += (long) in(k) * out(k) + out(k);
        return p;
    }

    /**
     * Initial parameters (Glorot-uniform weights, zero biases), drawn from {@code rng}; every
     * client starts from this same vector, as usual in D-SGD.
     *
     * @param rng the source of the weights
     * @return the p initial parameters
     * @throws IllegalArgumentException if the model has more than {@code Integer.MAX_VALUE} parameters
     */
    public float[] initialParameters(RandomGenerator rng) {
        long p = numParameters();
        if (p > Integer.MAX_VALUE) throw new IllegalArgumentException("model too large: " + p + " parameters");
        float[] x = new float[(int) p];
        for (int l = 0; l < numLayers(); l++) {
            int off = (int) offset(l);
            double a = Math.sqrt(6.0 / (in(l) + out(l)));
            for (int k = 0; k < in(l) * out(l); k++) x[off + k] = (float) (a * (2 * rng.nextDouble() - 1));
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m && name.equals(m.name) && Arrays.equals(widths, m.widths) && loss == m.loss
                && vocabulary == m.vocabulary;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(widths) * 31 + loss.hashCode()) * 31 + vocabulary;
    }

    @Override
    public String toString() {
        return name;
    }
}
