package io.dfloverlay.examples.repair;

import io.dfloverlay.maintenance.Edge;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.churn.ChurnEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Applies one {@link ChurnEvent} of a schedule to an {@link OverlayMaintainer}: named failures
 * crash at once ({@code failAll}), random failures are drawn among the alive nodes, departures
 * leave one by one, joins take fresh ids. A live system would call the same methods as its
 * heartbeats and join requests arrive.
 */
final class ChurnEventApplier {
    private final OverlayMaintainer overlay;
    private final RandomGenerator pick;

    /**
     * @param overlay the maintained overlay
     * @param pick    draws the nodes of random failures and departures
     */
    ChurnEventApplier(OverlayMaintainer overlay, RandomGenerator pick) {
        this.overlay = overlay;
        this.pick = pick;
    }

    /**
     * Applies {@code event}.
     *
     * @param event the event
     * @return the nodes it touched and the edges the repair added and removed
     * @throws IllegalArgumentException if a named node is not alive, or more nodes should go than are alive
     */
    Applied apply(ChurnEvent event) {
        int[] ids = event.kind() == ChurnEvent.Kind.JOIN ? new int[event.count()]
                : event.ids().length > 0 ? event.ids() : randomAlive(event.count());
        List<RepairResult> results = new ArrayList<>();
        switch (event.kind()) {
            case FAIL -> results.add(overlay.failAll(ids));
            case LEAVE -> {
                for (int id : ids) results.add(overlay.leave(id));
            }
            case JOIN -> {
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = overlay.nextFreeId();
                    results.add(overlay.join(ids[i]));
                }
            }
        }
        List<Edge> added = new ArrayList<>(), removed = new ArrayList<>();
        long messages = 0;
        for (RepairResult r : results) {
            added.addAll(r.added());
            removed.addAll(r.removed());
            messages += r.messages();
        }
        return new Applied(ids, added.size(), removed.size(), messages);
    }

    private int[] randomAlive(int count) {
        int[] alive = overlay.aliveNodes();
        if (count > alive.length) throw new IllegalArgumentException(count + " nodes should go but only " + alive.length + " are alive");
        for (int i = 0; i < count; i++) {                 // partial Fisher-Yates: the first count entries
            int j = i + pick.nextInt(alive.length - i);
            int t = alive[i];
            alive[i] = alive[j];
            alive[j] = t;
        }
        return java.util.Arrays.copyOf(alive, count);
    }

    /**
     * What one event did.
     *
     * @param nodes    the nodes that failed, left or joined
     * @param added    edges the repair added
     * @param removed  edges removed (the departed nodes' own edges among them)
     * @param messages messages the repair cost
     */
    record Applied(int[] nodes, int added, int removed, long messages) {}
}
