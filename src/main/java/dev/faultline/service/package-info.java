/**
 * The use cases both front ends share: load, analyse, simulate, export, import. The app and the CLI call these and
 * nothing below them for anything they both do, so a user sees the same answer in either.
 *
 * <p>May use: everything below it. Must not use: app, cli, JavaFX, the console.
 */
package dev.faultline.service;
