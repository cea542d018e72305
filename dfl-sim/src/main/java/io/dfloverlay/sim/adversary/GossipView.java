package io.dfloverlay.sim.adversary;

/**
 * What an (omniscient) attacker sees in one gossip step: every client's model after its local
 * steps ({@code current}), every client's model after the previous gossip step ({@code previous},
 * the initial model before the first), and which clients are Byzantine. The arrays are shared,
 * not copied: attacks must not modify them.
 *
 * @param current   row i: client i's model now, length p
 * @param previous  row i: client i's model after the last gossip step, length p
 * @param byzantine whether each client is Byzantine
 */
public record GossipView(float[][] current, float[][] previous, boolean[] byzantine) {
    /**
     * Validates matching client counts.
     *
     * @throws IllegalArgumentException if the arrays describe different numbers of clients
     */
    public GossipView {
        if (current.length != previous.length || current.length != byzantine.length)
            throw new IllegalArgumentException("views of " + current.length + ", " + previous.length + " and "
                    + byzantine.length + " clients");
    }

    /**
     * Parameters per model.
     *
     * @return p
     */
    public int dimension() {
        return current[0].length;
    }

    /**
     * The number of Byzantine nodes among {@code nb}'s neighbours.
     *
     * @param nb a neighbourhood
     * @return how many of its neighbours are Byzantine
     */
    public int byzantineNeighbours(Neighbourhood nb) {
        int b = 0;
        for (int j : nb.neighbours()) if (byzantine[j]) b++;
        return b;
    }
}
