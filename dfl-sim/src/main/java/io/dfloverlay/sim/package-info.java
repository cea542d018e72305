/** The D-SGD simulator: configuration, run, metrics. */
package io.dfloverlay.sim;
