/**
 * Faultline: maps a service topology and finds what will take it down. {@link dev.faultline.Launcher} is the one
 * entry point: no arguments (or {@code gui}) opens the desktop app by reflection, anything else runs the command line,
 * so a command never loads JavaFX. The packages below are layered as docs/architecture.md shows; ArchitectureTest
 * keeps the arrows pointing one way.
 */
package dev.faultline;
