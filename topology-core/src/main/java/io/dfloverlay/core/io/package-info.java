/**
 * Graph and mixing-matrix files: one codec per format (edge list, decentralizepy, Matrix Market,
 * GraphML, DOT, JSON), the {@link io.dfloverlay.core.io.GraphFiles} facade, header metadata and
 * atomic writes. Malformed input raises {@link io.dfloverlay.core.io.GraphFormatException} naming
 * file and line.
 */
package io.dfloverlay.core.io;
