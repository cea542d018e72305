/** README.md's library snippet, compiled and run as a program of its own. */
package io.dfloverlay.examples;
