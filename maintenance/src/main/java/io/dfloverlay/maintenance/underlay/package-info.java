/** Turning a given underlay graph (physical or latency network) into a d-regular overlay that reuses as many underlay edges as possible. */
package io.dfloverlay.maintenance.underlay;
