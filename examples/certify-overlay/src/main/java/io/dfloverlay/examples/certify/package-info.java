/** Example: build a d-regular expander over a list of node ids, certify its spectral gap and write it. */
package io.dfloverlay.examples.certify;
