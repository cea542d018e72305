/**
 * Keeping a live overlay a good d-regular expander while clients fail, leave and join:
 * {@link io.dfloverlay.maintenance.OverlayMaintainer} applies a
 * {@link io.dfloverlay.maintenance.RepairStrategy} after every event and reports the edge changes
 * and message counts in a {@link io.dfloverlay.maintenance.RepairResult}.
 */
package io.dfloverlay.maintenance;
