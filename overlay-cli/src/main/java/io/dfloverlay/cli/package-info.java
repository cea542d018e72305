/** The {@code overlay} command-line tool: one picocli class per subcommand. */
package io.dfloverlay.cli;
