package dev.faultline.app.workspace;

/** Asks the canvas to centre a node; the serial makes a repeated request for the same node still fire. */
public record FocusRequest(String nodeId, long serial) {
}
