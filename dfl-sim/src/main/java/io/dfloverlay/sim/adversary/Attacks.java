package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.registry.NamedRegistry;
import io.dfloverlay.core.topology.ParamSpec;
import io.dfloverlay.core.topology.ParamType;
import java.util.List;

/**
 * The registry of attacks by name: {@code none}, {@code sign-flip}, {@code scaled},
 * {@code gaussian}, {@code alie} and {@code model-replacement}. Names compare trimmed and
 * case-insensitively; the CLI's help and README list them from here.
 */
public final class Attacks {
    private static final NamedRegistry<RuleKind<Attack>> KINDS = new NamedRegistry<>("attack", List.of(
            new RuleKind<>("none", List.of("honest"), "Byzantine clients send their true models (a control: only the metrics split)",
                    List.of(), (p, f, s) -> new HonestAttack()),
            new RuleKind<>("sign-flip", List.of("bit-flip"), "send the round's update with its sign flipped: x_prev - scale*(x_now - x_prev)",
                    List.of(ParamSpec.withDefault("scale", ParamType.DOUBLE, 1.0, "how far back along the update").atLeast(0)),
                    (p, f, s) -> new ScaledUpdateAttack(-p.doubleValue("scale"))),
            new RuleKind<>("scaled", List.of("scaled-update", "boost"), "send the round's update scaled: x_prev + factor*(x_now - x_prev)",
                    List.of(ParamSpec.withDefault("factor", ParamType.DOUBLE, 10.0, "multiplier of the update")),
                    (p, f, s) -> new ScaledUpdateAttack(p.doubleValue("factor"))),
            new RuleKind<>("gaussian", List.of("noise"), "send the model plus fresh N(0, sigma^2) noise per coordinate and receiver",
                    List.of(ParamSpec.withDefault("sigma", ParamType.DOUBLE, 1.0, "noise standard deviation").atLeast(1e-12)),
                    (p, f, s) -> new GaussianAttack(p.doubleValue("sigma"))),
            new RuleKind<>("alie", List.of("a-little-is-enough"), "a little is enough (Baruch et al. 2019): mean - z*std of the receiver's honest neighbourhood",
                    List.of(ParamSpec.optional("z", ParamType.DOUBLE, "deviation multiplier (default: Baruch et al.'s z per neighbourhood)")),
                    (p, f, s) -> new AlieAttack(p.has("z") ? p.doubleValue("z") : null)),
            new RuleKind<>("model-replacement", List.of("replacement"), "send x_i + (X - x_i)/(b*W_ij) so that gossip lands on a random target X",
                    List.of(ParamSpec.withDefault("std", ParamType.DOUBLE, 1.0, "standard deviation of the target's parameters").atLeast(0)),
                    (p, f, s) -> new ModelReplacementAttack(p.doubleValue("std"), s))));

    private Attacks() {}

    /**
     * Every attack, in listing order.
     *
     * @return the entries
     */
    public static List<RuleKind<Attack>> kinds() {
        return KINDS.all();
    }

    /**
     * The attacks' names (without aliases).
     *
     * @return the names
     */
    public static List<String> names() {
        return KINDS.names();
    }

    /**
     * The attack with this name or alias.
     *
     * @param name a name (any case)
     * @return the entry
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static RuleKind<Attack> kind(String name) {
        return KINDS.get(name);
    }
}
