/** Search for d-regular overlays whose two-sided λ(A) is as small as a budget allows. */
package io.dfloverlay.spectral.search;
