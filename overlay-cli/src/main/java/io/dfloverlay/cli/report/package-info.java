/** Run outputs of the simulate and compare commands: CSV, JSON, Markdown tables and plots. */
package io.dfloverlay.cli.report;
