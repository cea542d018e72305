/** Conversion between the CSR {@code Graph} and JGraphT graphs, keeping the vertex mapping. */
package io.dfloverlay.core.jgrapht;
