package io.dfloverlay.maintenance.sybil;

/**
 * What a burst of Sybil joins did to the honest nodes' neighbourhoods after repair.
 *
 * @param strategy         the repair strategy's name
 * @param honest           honest nodes (the overlay before the burst)
 * @param sybils           Sybil identities that joined
 * @param captured         honest nodes with a Sybil majority: more than half their neighbours Sybil
 * @param maxSybilShare    the largest share of Sybil neighbours at an honest node
 * @param meanSybilShare   the mean share of Sybil neighbours over honest nodes
 * @param overflow         joins beyond a capped rule's capacity, connected without the cap (0 for other rules)
 */
public record SybilBurstOutcome(String strategy, int honest, int sybils, int captured, double maxSybilShare,
        double meanSybilShare, int overflow) {
}
