/** Graph scalars for the spectral report: diameter, vertex connectivity, effective number of neighbours. */
package io.dfloverlay.spectral.measure;
