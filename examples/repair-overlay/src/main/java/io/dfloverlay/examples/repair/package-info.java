/** Example: keep an overlay repaired as nodes fail, leave and join, watching λ, connectivity and the invariants. */
package io.dfloverlay.examples.repair;
