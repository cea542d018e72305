/** Chart output (XChart) shared by the CLI commands. */
package io.dfloverlay.cli.plot;
