/** Splits a training set over clients: IID, Dirichlet label skew, k shards per client, unequal sizes. */
package io.dfloverlay.sim.partition;
