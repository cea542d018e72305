/** The immutable CSR graph value and its validating builder. */
package io.dfloverlay.core.graph;
