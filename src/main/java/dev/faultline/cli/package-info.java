/**
 * The command line (picocli): one class per command. Each parses its arguments, calls {@code service}, and prints;
 * the only package that writes to the console. Exit codes: 0 ok, 1 what --fail-on names was found, 2 invalid input,
 * 3 usage error. Never a stack trace for a user's mistake, never JavaFX.
 */
package dev.faultline.cli;
