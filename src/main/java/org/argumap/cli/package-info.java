/**
 * The command line ({@code check} now; {@code convert} and {@code render} later), on picocli.
 * Every command returns an {@link org.argumap.cli.ExitStatus} and reports failure in one line on
 * standard error, never a stack trace: its users are scripts and people at a terminal.
 */
package org.argumap.cli;
