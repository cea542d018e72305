package io.dfloverlay.cli;

import io.dfloverlay.sim.adversary.Aggregators;
import io.dfloverlay.sim.adversary.Attacks;
import io.dfloverlay.sim.adversary.RuleKind;
import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.RunConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The adversary options of {@code simulate} and {@code compare} (a picocli mixin inside
 * {@link TrainingOptions}): {@code --byzantine F --attack NAME --aggregator NAME} and their
 * parameters, mapped onto {@link RunConfig}'s {@code adversary} section. Without any of them a run
 * is honest (or keeps the adversary of its {@code --config} file, the given flags overriding).
 */
public final class AdversaryOptions {
    @Option(names = "--byzantine", paramLabel = "F",
            description = "Share of Byzantine clients, in [0, 0.5) (default: none; floor(F*n) clients, chosen by seed).")
    Double fraction;

    @Option(names = "--attack", paramLabel = "NAME", completionCandidates = RegistryNames.AttackNames.class,
            description = "What Byzantine clients send: ${COMPLETION-CANDIDATES} (default: none; see the list below).")
    String attack;

    @Option(names = "--attack-param", paramLabel = "KEY=VALUE", description = "Attack parameter (repeatable), e.g. z=1.5 for alie.")
    Map<String, String> attackParams = new LinkedHashMap<>();

    @Option(names = "--aggregator", paramLabel = "NAME", completionCandidates = RegistryNames.AggregatorNames.class,
            description = "Gossip aggregation of honest clients: ${COMPLETION-CANDIDATES} (default: mean, plain gossip).")
    String aggregator;

    @Option(names = "--aggregator-param", paramLabel = "KEY=VALUE",
            description = "Aggregator parameter (repeatable), e.g. b=2 for trimmed-mean.")
    Map<String, String> aggregatorParams = new LinkedHashMap<>();

    @Option(names = "--adversary-seed", paramLabel = "SEED",
            description = "Seed of the Byzantine choice and the attack's noise (default: derived from --seed).")
    Long seed;

    /**
     * Sets {@code builder}'s adversary from the options given (over {@code base}'s, if any).
     *
     * @param builder the config being built
     * @param base    the config file's adversary, or null
     * @throws IllegalArgumentException naming the flag of a bad value
     */
    void apply(RunConfig.Builder builder, AdversaryConfig base) {
        boolean any = fraction != null || attack != null || aggregator != null || !attackParams.isEmpty()
                || !aggregatorParams.isEmpty() || seed != null;
        if (!any) return;
        if (base == null && fraction == null)
            throw new IllegalArgumentException("--byzantine: needed with --attack, --aggregator and their parameters (use 0 for a defence without attackers)");
        Double f = fraction != null ? fraction : base.fraction();
        String a = attack != null ? attack : base == null ? null : base.attack();
        String g = aggregator != null ? aggregator : base == null ? null : base.aggregator();
        Map<String, Object> ap = params(base == null || attack != null ? Map.of() : base.attackParams(), attackParams);
        Map<String, Object> gp = params(base == null || aggregator != null ? Map.of() : base.aggregatorParams(), aggregatorParams);
        Long s = seed != null ? seed : base == null ? null : base.seed();
        try {
            builder.adversary(new AdversaryConfig(f, a, ap, g, gp, s));
        } catch (ConfigException e) {
            throw TrainingOptions.flagError(e.within("adversary"));
        }
    }

    private static Map<String, Object> params(Map<String, Object> base, Map<String, String> given) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        given.forEach((k, v) -> out.put(k, ConfigSyntax.scalar(v)));
        return out;
    }

    /**
     * The flag that sets an adversary key, e.g. {@code --attack-param z} for {@code adversary.attackParams.z}.
     *
     * @param path a config key path
     * @return the flag, or null when the key is not an adversary key
     */
    static String flagFor(String path) {
        return switch (path) {
            case "adversary.fraction" -> "--byzantine";
            case "adversary.attack" -> "--attack";
            case "adversary.aggregator" -> "--aggregator";
            default -> path.startsWith("adversary.attackParams.") ? "--attack-param " + path.substring("adversary.attackParams.".length())
                    : path.startsWith("adversary.aggregatorParams.")
                            ? "--aggregator-param " + path.substring("adversary.aggregatorParams.".length()) : null;
        };
    }

    /**
     * Appends the attacks and aggregators with their parameters and descriptions to a command's help footer.
     *
     * @param command {@code simulate} or {@code compare}
     */
    static void describeIn(CommandLine command) {
        List<String> footer = new ArrayList<>(List.of(command.getCommandSpec().usageMessage().footer()));
        footer.add("%nAttacks (--attack, --attack-param):");
        for (RuleKind<?> k : Attacks.kinds()) footer.add("  " + k.usage().replace("%", "%%"));
        footer.add("%nAggregators (--aggregator, --aggregator-param):");
        for (RuleKind<?> k : Aggregators.kinds()) footer.add("  " + k.usage().replace("%", "%%"));
        command.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
    }
}
