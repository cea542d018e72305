package io.dfloverlay.sim.algo;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.sim.partition.Partition;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws each client's minibatches from its own examples: per client a private stream (seeded from
 * the master seed and the client id) walks random permutations of the client's examples, epoch
 * after epoch (sampling without replacement within an epoch; a client with fewer examples than
 * the batch wraps into its next epoch). Clients are addressed by stable ids, so a client keeps its
 * stream across failures and joins. Deterministic for a fixed seed.
 */
public final class BatchSampler {
    private final long seed;
    private final Map<Integer, ClientStream> streams = new HashMap<>();

    /**
     * A sampler whose client {@code i} (0 ≤ i &lt; n) owns {@code partition.indices(i)}.
     *
     * @param partition the training examples of each client, none empty
     * @param seed      the master seed of the clients' streams
     * @throws IllegalArgumentException if a client gets no examples
     */
    public BatchSampler(Partition partition, long seed) {
        this.seed = seed;
        for (int i = 0; i < partition.numClients(); i++) assign(i, partition.indices(i));
    }

    /**
     * Gives client {@code id} the examples {@code rows} (a join, or a reassignment).
     *
     * @param id   the client's stable id
     * @param rows indices of the client's training examples, not empty (copied)
     * @throws IllegalArgumentException if {@code rows} is empty
     */
    public void assign(int id, int[] rows) {
        if (rows.length == 0) throw new IllegalArgumentException("client " + id + " gets no examples");
        streams.put(id, new ClientStream(rows.clone(), new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (id + 1L)))));
    }

    /**
     * The examples of client {@code id}.
     *
     * @param id the client's stable id
     * @return indices of its training examples (a copy)
     * @throws IllegalArgumentException if the client is unknown
     */
    public int[] examples(int id) {
        return stream(id).rows.clone();
    }

    /**
     * Forgets client {@code id}; nothing happens if it is unknown.
     *
     * @param id the client's stable id
     */
    public void remove(int id) {
        streams.remove(id);
    }

    /**
     * Fills {@code out[k·b .. (k+1)·b)} with the next batch of client {@code ids[k]}.
     *
     * @param ids the clients, by stable id
     * @param b   the batch size
     * @param out receives the example indices; length {@code ids.length * b}
     * @throws IllegalArgumentException if {@code out} has the wrong length or a client is unknown
     */
    public void next(int[] ids, int b, int[] out) {
        if (out.length != (long) ids.length * b) throw new IllegalArgumentException("output must hold ids.length*b indices");
        for (int k = 0; k < ids.length; k++) {
            ClientStream s = stream(ids[k]);
            for (int t = 0; t < b; t++) out[k * b + t] = s.next();
        }
    }

    private ClientStream stream(int id) {
        ClientStream s = streams.get(id);
        if (s == null) throw new IllegalArgumentException("unknown client " + id);
        return s;
    }

    private static final class ClientStream {
        final int[] rows;
        final SplittableRandom rng;
        int pos;

        ClientStream(int[] rows, SplittableRandom rng) {
            this.rows = rows;
            this.rng = rng;
            this.pos = rows.length;
        }

        int next() {
            if (pos == rows.length) {
                FisherYates.shuffle(rows, rng);
                pos = 0;
            }
            return rows[pos++];
        }
    }
}
