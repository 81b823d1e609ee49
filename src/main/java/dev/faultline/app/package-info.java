/**
 * The JavaFX desktop app: {@link dev.faultline.app.FaultlineApp} is the one composition root; {@link
 * dev.faultline.app.MainWindow} only composes feature views. Work runs off the FX thread through one task runner;
 * view models change only in its success and failure handlers.
 *
 * <p>The only package (with its sub-packages) that may use JavaFX and ControlsFX. May use: service and the read-only
 * result types of the core.
 */
package dev.faultline.app;
