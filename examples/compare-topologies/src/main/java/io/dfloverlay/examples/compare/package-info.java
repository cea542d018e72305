/** Example: compare topologies programmatically with the D-SGD simulator's API. */
package io.dfloverlay.examples.compare;
