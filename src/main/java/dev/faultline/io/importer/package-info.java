/**
 * Importers: Docker Compose, Kubernetes and Backstage files to a topology draft, then to a model. Every guess is
 * written down (the import report and comments in the written file); nothing is invented silently. Every file an
 * importer reads is an input, never an output. {@link dev.faultline.io.importer.Importers} registers each importer
 * once; the service, the command line and the app's import menu offer its list.
 *
 * <p>May use: io.yaml (the same positioned tree as the loader, read by {@code ExpandingYamlReader}, so errors say
 * FILE:LINE:COL), io (safe input reading), io.v1's writer only (ArchitectureTest), model.
 */
package dev.faultline.io.importer;
