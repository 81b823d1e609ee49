/**
 * Background work for the app: one {@link dev.faultline.app.task.TaskRunner} (the FX one in the app, same-thread and
 * manual ones in tests) runs core work off the FX thread with progress and cancel.
 */
package dev.faultline.app.task;
