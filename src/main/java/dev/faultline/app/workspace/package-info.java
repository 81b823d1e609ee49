/**
 * The open document and what the user does to it: open, reload, scenarios, sweeps, pins, exports, imports. Plain
 * view models over ports to the core, so their logic is tested without a display.
 */
package dev.faultline.app.workspace;
