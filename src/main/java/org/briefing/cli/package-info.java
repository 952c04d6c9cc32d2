/**
 * The {@code briefing} command line (picocli): subcommands, global options, and the one place where
 * outcomes become exit codes (0 success, 1 failure, 2 bad usage or bad input).
 */
package org.briefing.cli;
