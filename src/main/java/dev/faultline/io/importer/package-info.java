/**
 * Importers: Docker Compose, Kubernetes and Backstage files to a topology draft, then to a model. Every guess is
 * written down (the import report and comments in the written file); nothing is invented silently. Every file an
 * importer reads is an input, never an output.
 */
package dev.faultline.io.importer;
