package dev.faultline.io;

import java.io.IOException;

/**
 * An output Faultline will not write, whatever the permissions: one of the command's inputs, or a folder. The message
 * says why and what to do; the command line treats it as a usage error.
 */
public final class OutputRefusedException extends IOException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
