/** Decentralized training algorithms over an engine: D-SGD and gradient tracking, plus minibatch sampling. */
package io.dfloverlay.sim.algo;
