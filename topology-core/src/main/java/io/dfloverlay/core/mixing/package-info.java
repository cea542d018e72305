/** Gossip (mixing) matrices: weight schemes over an overlay graph and their validation. */
package io.dfloverlay.core.mixing;
