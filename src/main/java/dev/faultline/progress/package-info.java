/**
 * Progress reporting and cancellation for long work (layout, sweeps, exports, imports): a leaf every layer may use.
 * Nothing here knows which thread it runs on; the app adapts it to its task runner, the CLI ignores it.
 */
package dev.faultline.progress;
