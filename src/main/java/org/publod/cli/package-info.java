/**
 * The picocli commands: options, output and exit codes ({@link org.publod.cli.ExitCodes}). No business logic: each command calls the pipeline or a stage and prints what it returns; user errors are messages, never stack traces.
 */
package org.publod.cli;
