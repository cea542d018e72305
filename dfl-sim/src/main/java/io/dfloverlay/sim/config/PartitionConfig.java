package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;

/**
 * How the training set is split over the clients; in JSON an object with a {@code kind}
 * ({@code iid}, {@code dirichlet}, {@code shards}, {@code unequal}, {@code by-book},
 * {@code by-chapter}) and its parameter. On a text, the label-based splits (Dirichlet, shards) use
 * each example's book as its label.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PartitionConfig.Iid.class, name = "iid"),
    @JsonSubTypes.Type(value = PartitionConfig.Dirichlet.class, name = "dirichlet"),
    @JsonSubTypes.Type(value = PartitionConfig.Shards.class, name = "shards"),
    @JsonSubTypes.Type(value = PartitionConfig.Unequal.class, name = "unequal"),
    @JsonSubTypes.Type(value = PartitionConfig.ByBook.class, name = "by-book"),
    @JsonSubTypes.Type(value = PartitionConfig.ByChapter.class, name = "by-chapter")
})
public sealed interface PartitionConfig {
    /**
     * The short syntax of this partition, as {@link ConfigSyntax#partition} reads it.
     *
     * @return e.g. {@code dirichlet:0.1}
     */
    String syntax();

    /** A random permutation cut into n near-equal parts. */
    record Iid() implements PartitionConfig {
        @Override
        public String syntax() {
            return "iid";
        }
    }

    /**
     * Per class, client shares drawn from Dirichlet(α·1) (Hsu, Qi and Brown 2019); small α, strong label skew.
     *
     * @param alpha concentration α, finite and &gt; 0
     */
    record Dirichlet(double alpha) implements PartitionConfig {
        /**
         * Validates α.
         *
         * @throws ConfigException when α is not finite and positive
         */
        public Dirichlet {
            ConfigException.require(alpha > 0 && Double.isFinite(alpha), "alpha", "must be > 0 and finite, got " + alpha);
        }

        @Override
        public String syntax() {
            return "dirichlet:" + ConfigSyntax.number(alpha);
        }
    }

    /**
     * Rows sorted by label cut into n·k shards, k random shards per client (McMahan et al. 2017).
     *
     * @param perClient shards per client k, at least 1
     */
    record Shards(int perClient) implements PartitionConfig {
        /**
         * Validates k.
         *
         * @throws ConfigException when k is below 1
         */
        public Shards {
            ConfigException.require(perClient >= 1, "perClient", "must be at least 1, got " + perClient);
        }

        @Override
        public String syntax() {
            return String.format(Locale.ROOT, "shards:%d", perClient);
        }
    }

    /**
     * IID content with log-normal client sizes, size ∝ exp(σ·N(0,1)).
     *
     * @param sigma σ, finite and at least 0
     */
    record Unequal(double sigma) implements PartitionConfig {
        /**
         * Validates σ.
         *
         * @throws ConfigException when σ is negative or not finite
         */
        public Unequal {
            ConfigException.require(sigma >= 0 && Double.isFinite(sigma), "sigma", "must be >= 0 and finite, got " + sigma);
        }

        @Override
        public String syntax() {
            return "unequal:" + ConfigSyntax.number(sigma);
        }
    }

    /**
     * A text's books, whole, over the clients: the books in order cut into n contiguous runs of
     * near-equal size (each client at least one book), so clients differ in genre and vocabulary
     * (naturally non-IID, like LEAF's Shakespeare split by role). Needs n at most the number of books.
     */
    record ByBook() implements PartitionConfig {
        @Override
        public String syntax() {
            return "by-book";
        }
    }

    /** As {@link ByBook} with chapters (1,189 in the whole Bible) as the units. */
    record ByChapter() implements PartitionConfig {
        @Override
        public String syntax() {
            return "by-chapter";
        }
    }
}
