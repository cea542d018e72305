/**
 * The one registry of topology kinds: {@link io.dfloverlay.core.topology.TopologyRegistry} lists
 * every {@link io.dfloverlay.core.topology.TopologyKind} (name, aliases, one-line description,
 * typed {@link io.dfloverlay.core.topology.ParamSpec}s) from this module's
 * {@link io.dfloverlay.core.topology.CoreTopologies} and from every
 * {@link io.dfloverlay.core.topology.TopologyProvider} found by {@link java.util.ServiceLoader};
 * bad parameters give a {@link io.dfloverlay.core.topology.ParamException} naming the parameter.
 */
package io.dfloverlay.core.topology;
