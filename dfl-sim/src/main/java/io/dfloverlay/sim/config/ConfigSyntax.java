package io.dfloverlay.sim.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The short command-line syntax of configuration values, parsed in this one place: partitions
 * ({@code iid}, {@code dirichlet:ALPHA}, {@code shards:K}, {@code unequal:SIGMA}, {@code by-book},
 * {@code by-chapter}), models ({@code softmax}, {@code mlp}, {@code mlp:W1,W2,...},
 * {@code char-mlp[:ctx=C,hidden=W1+W2...]}), algorithms, churn schedules
 * ({@code at:ROUND:FRACTION[,...]}, {@code rate:P}, empty or {@code none}) and topology parameter
 * values. Each typed value's {@code syntax()} prints what the parser reads back.
 */
public final class ConfigSyntax {
    private ConfigSyntax() {}

    /**
     * Parses a partition.
     *
     * @param spec e.g. {@code dirichlet:0.1}
     * @return the typed partition
     * @throws IllegalArgumentException on a malformed spec or an out-of-range argument
     */
    public static PartitionConfig partition(String spec) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        int colon = s.indexOf(':');
        String kind = colon < 0 ? s : s.substring(0, colon);
        String arg = colon < 0 ? null : s.substring(colon + 1);
        try {
            return switch (kind) {
                case "iid" -> {
                    if (arg != null) throw new IllegalArgumentException("partition iid takes no argument, got '" + arg + "'");
                    yield new PartitionConfig.Iid();
                }
                case "dirichlet" -> new PartitionConfig.Dirichlet(number(kind, arg));
                case "shards" -> new PartitionConfig.Shards(integer(kind, arg));
                case "unequal" -> new PartitionConfig.Unequal(number(kind, arg));
                case "by-book", "by-chapter" -> {
                    if (arg != null) throw new IllegalArgumentException("partition " + kind + " takes no argument, got '" + arg + "'");
                    yield kind.equals("by-book") ? new PartitionConfig.ByBook() : new PartitionConfig.ByChapter();
                }
                default -> throw new IllegalArgumentException("unknown partition '" + spec
                        + "' (expected iid, dirichlet:ALPHA, shards:K, unequal:SIGMA, by-book or by-chapter)");
            };
        } catch (ConfigException e) {
            throw new IllegalArgumentException("partition '" + spec + "': " + e.problem(), e);
        }
    }

    /**
     * Parses a model.
     *
     * @param spec {@code softmax} (also {@code linear}, {@code logistic}), {@code mlp}, {@code mlp:W1,W2,...},
     *             or the character model {@code char-mlp} with optional {@code ctx=C} (default
     *             {@value ModelConfig#CHAR_CONTEXT}) and {@code hidden=W1+W2...} (default 256),
     *             e.g. {@code char-mlp:ctx=24,hidden=256}
     * @return the typed model
     * @throws IllegalArgumentException on a malformed spec
     */
    public static ModelConfig model(String spec) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("char-mlp") || s.startsWith("char-mlp:")) return charModel(spec, s.length() > 8 ? s.substring(9) : "");
        if (s.equals("softmax") || s.equals("linear") || s.equals("logistic")) return new ModelConfig(List.of());
        if (s.equals("mlp")) return new ModelConfig(ModelConfig.MLP_HIDDEN);
        if (s.startsWith("mlp:")) {
            List<Integer> hidden = new ArrayList<>();
            for (String part : s.substring(4).split(",", -1)) {
                try {
                    hidden.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("model '" + spec + "': hidden width '" + part + "' is not an integer");
                }
            }
            try {
                return new ModelConfig(hidden);
            } catch (ConfigException e) {
                throw new IllegalArgumentException("model '" + spec + "': hidden " + e.problem(), e);
            }
        }
        throw new IllegalArgumentException("unknown model '" + spec + "' (expected softmax, mlp, mlp:W1,W2,... or char-mlp:ctx=C,hidden=W)");
    }

    private static ModelConfig charModel(String spec, String args) {
        Integer context = ModelConfig.CHAR_CONTEXT;
        List<Integer> hidden = ModelConfig.MLP_HIDDEN;
        for (String kv : args.isEmpty() ? new String[0] : args.split(",", -1)) {
            String[] p = kv.split("=", -1);
            if (p.length != 2) throw new IllegalArgumentException("model '" + spec + "': '" + kv + "' is not KEY=VALUE (keys: ctx, hidden)");
            String key = p[0].trim();
            switch (key) {
                case "ctx" -> context = modelInteger(spec, "ctx", p[1]);
                case "hidden" -> {
                    List<Integer> widths = new ArrayList<>();
                    for (String w : p[1].split("\\+", -1)) widths.add(modelInteger(spec, "hidden", w));
                    hidden = widths;
                }
                default -> throw new IllegalArgumentException("model '" + spec + "': unknown key '" + key + "' (keys: ctx, hidden)");
            }
        }
        try {
            return new ModelConfig(hidden, context);
        } catch (ConfigException e) {
            throw new IllegalArgumentException("model '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static int modelInteger(String spec, String key, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model '" + spec + "': " + key + " '" + value + "' is not an integer");
        }
    }

    /**
     * Parses an algorithm name.
     *
     * @param name {@code dsgd} (also {@code d-sgd}), {@code clique-averaging} (also {@code dsgd-ca}) or
     *     {@code gradient-tracking} (also {@code gt})
     * @return the algorithm
     * @throws IllegalArgumentException for another name
     */
    public static AlgorithmConfig.Kind algorithm(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "dsgd", "d-sgd" -> AlgorithmConfig.Kind.DSGD;
            case "clique-averaging", "dsgd-ca" -> AlgorithmConfig.Kind.CLIQUE_AVERAGING;
            case "gradient-tracking", "gt" -> AlgorithmConfig.Kind.GRADIENT_TRACKING;
            default -> throw new IllegalArgumentException("unknown algorithm '" + name + "' (expected dsgd, clique-averaging or gradient-tracking)");
        };
    }

    /**
     * Parses a churn schedule; {@code what} ("failures" or "joins") names it in errors.
     *
     * @param spec empty or {@code none}, {@code rate:P}, or {@code at:ROUND:FRACTION[,ROUND:FRACTION...]}
     *             (the {@code at:} prefix may be repeated per entry; fractions of a repeated round add up)
     * @param what the schedule's name in messages
     * @return the schedule
     * @throws IllegalArgumentException on a malformed spec, message starting with {@code what}
     */
    public static ChurnSchedule churn(String spec, String what) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("none")) return ChurnSchedule.NONE;
        try {
            if (s.startsWith("rate:")) return new ChurnSchedule(new TreeMap<>(), churnNumber(s.substring(5), what, spec));
            if (!s.startsWith("at:"))
                throw new IllegalArgumentException(what + " spec '" + spec + "' must be at:ROUND:FRACTION[,...] or rate:P");
            TreeMap<Integer, Double> at = new TreeMap<>();
            for (String entry : s.substring(3).split(",", -1)) {
                String e = entry.trim().startsWith("at:") ? entry.trim().substring(3) : entry.trim();
                String[] parts = e.split(":", -1);
                if (parts.length != 2) throw new IllegalArgumentException(what + " entry '" + entry + "' must be ROUND:FRACTION");
                double round = churnNumber(parts[0], what, spec);
                if (round < 1 || round != Math.rint(round) || round > Integer.MAX_VALUE)
                    throw new IllegalArgumentException(what + " round must be a positive integer, got " + parts[0]);
                at.merge((int) round, churnNumber(parts[1], what, spec), Double::sum);
            }
            return new ChurnSchedule(at, 0);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(what + " spec '" + spec + "': " + e.getMessage(), e);
        }
    }

    /**
     * A topology parameter value as a JSON scalar: {@code true}/{@code false}, an integer (as
     * {@link Long}), another number (as {@link Double}), else the string itself.
     *
     * @param text the value as typed
     * @return the typed scalar
     */
    public static Object scalar(String text) {
        String t = text.trim();
        if (t.equals("true") || t.equals("false")) return Boolean.valueOf(t);
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException notLong) {
            try {
                double v = Double.parseDouble(t);
                if (Double.isFinite(v) && !t.endsWith("d") && !t.endsWith("f") && !t.endsWith("D") && !t.endsWith("F")) return v;
            } catch (NumberFormatException notNumber) {
                // a string value
            }
        }
        return text;
    }

    /**
     * A double in the shortest form that reads back to it, without a trailing {@code .0}.
     *
     * @param v the value
     * @return e.g. {@code 0.1}, {@code 2}
     */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static double number(String kind, String arg) {
        if (arg == null || arg.isBlank()) throw new IllegalArgumentException("partition " + kind + " needs an argument, e.g. " + kind + ":0.5");
        try {
            return Double.parseDouble(arg);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("partition " + kind + ": '" + arg + "' is not a number");
        }
    }

    private static int integer(String kind, String arg) {
        double v = number(kind, arg);
        if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)
            throw new IllegalArgumentException("partition " + kind + ":K must be a positive integer, got " + arg);
        return (int) v;
    }

    private static double churnNumber(String s, String what, String spec) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " spec '" + spec + "': '" + s + "' is not a number");
        }
    }
}
