/**
 * Small helpers for work split over threads, used by every layer that runs parts of its work beside the caller
 * (the analyses' side tasks, the sweep, the JSON parts, the speculative model, the opening's layout). Uses nothing
 * of ours and no library.
 */
package dev.faultline.concurrent;
