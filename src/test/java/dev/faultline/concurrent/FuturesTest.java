package dev.faultline.concurrent;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

class FuturesTest {
    @Test
    void aRuntimeExceptionIsThrownAsItWas() {
        IllegalArgumentException cause = new IllegalArgumentException("bad");
        assertSame(cause, Futures.causeOf(new ExecutionException(cause)));
    }

    @Test
    void anErrorIsThrownItselfSoOutOfMemoryIsReportedAsSuch() {
        OutOfMemoryError cause = new OutOfMemoryError("Java heap space");
        assertSame(cause, assertThrows(OutOfMemoryError.class, () -> Futures.causeOf(new ExecutionException(cause))));
    }

    @Test
    void aCheckedExceptionIsWrappedWithItsCause() {
        IOException cause = new IOException("disk");
        assertSame(cause, Futures.causeOf(new ExecutionException(cause)).getCause());
    }
}
