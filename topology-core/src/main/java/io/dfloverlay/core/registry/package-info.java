/** The lookup by name and alias shared by the library's registries (topologies, mixing weights, repair strategies). */
package io.dfloverlay.core.registry;
