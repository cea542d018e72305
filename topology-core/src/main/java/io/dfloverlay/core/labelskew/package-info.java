/**
 * Overlays designed from the clients' label histograms (label skew): D-Cliques, STL-FW, and the
 * neighbourhood label-skew measure they and the label-aware search share.
 */
package io.dfloverlay.core.labelskew;
