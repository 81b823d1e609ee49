package dev.faultline.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    @Test
    void getGivesTheResultOrThrowsTheTasksOwnFailure() {
        FutureTask<String> ok = new FutureTask<>(() -> "done");
        ok.run();
        assertEquals("done", Futures.get(ok, IllegalStateException::new));
        IllegalArgumentException cause = new IllegalArgumentException("bad");
        FutureTask<String> failed = new FutureTask<>(() -> {
            throw cause;
        });
        failed.run();
        assertSame(cause, assertThrows(IllegalArgumentException.class,
                () -> Futures.get(failed, IllegalStateException::new)));
    }

    @Test
    void anInterruptedWaitThrowsTheCallersExceptionAndKeepsTheInterrupt() {
        class Cancelled extends RuntimeException {
        }
        Thread.currentThread().interrupt();
        try {
            assertThrows(Cancelled.class, () -> Futures.get(new CompletableFuture<String>(), Cancelled::new));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
    }
}
