/**
 * The picocli commands, the outermost layer.
 *
 * <p>Takes the command line; gives the user's output and an exit code, mapped in one place
 * ({@link org.publod.cli.ExitCodes}). Each command calls the pipeline or a stage's entry point and prints what it
 * returns, with progress on long work.
 *
 * <p>Must not hold business logic, and must not show a stack trace for a user's error: those are messages. Nothing
 * imports this package.
 */
package org.publod.cli;
