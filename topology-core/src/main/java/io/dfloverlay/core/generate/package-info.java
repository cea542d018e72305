/** Seeded, reproducible graph generators: random regular, explicit expanders and baselines. */
package io.dfloverlay.core.generate;
