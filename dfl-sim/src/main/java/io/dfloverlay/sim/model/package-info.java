/** Model descriptions: softmax regression, MLPs and linear least squares as layer widths plus a loss. */
package io.dfloverlay.sim.model;
