/**
 * The console text of {@code analyze} and {@code simulate}: what a person reads in a terminal or a CI log. Callers
 * escape control characters before the text reaches a terminal.
 */
package dev.faultline.export.text;
