/** Small programs that use the library as a Maven dependency. */
package io.dfloverlay.examples;
