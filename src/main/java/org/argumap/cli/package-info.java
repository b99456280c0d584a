/**
 * The command line ({@code open}, {@code check} and {@code convert}; {@code render} later), on picocli.
 * Every command returns an {@link org.argumap.cli.ExitStatus} and reports failure in one line on
 * standard error, never a stack trace: its users are scripts and people at a terminal.
 */
package org.argumap.cli;
