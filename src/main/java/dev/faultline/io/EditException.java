package dev.faultline.io;

/** A {@code whatif} edit that cannot be applied as written: bad syntax, an unknown id or key. A usage error. */
public final class EditException extends Exception {
    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
