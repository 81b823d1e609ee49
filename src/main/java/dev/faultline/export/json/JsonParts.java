package dev.faultline.export.json;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.faultline.concurrent.Futures;

/**
 * A big JSON document rendered in parts on the spare cores and spliced into one writer in document order (issue #18:
 * a 50,000-node analysis is 168 MB of JSON, written on one core while the other idled). Each part is a
 * {@link JsonWriter#fragment} that starts where the previous one ends, so the spliced text is exactly what one
 * writer makes with the same calls ({@code JsonPartsTest} compares them byte for byte).
 *
 * <p>Parts are queued in document order; a pool thread renders the earliest one nobody has begun, and the splicing
 * thread renders the next part itself when no pool thread has begun it, or else a later one while it waits, so it
 * never waits idle. At most
 * {@code window} parts are rendered ahead of the splice, which bounds the memory they hold.
 *
 * <p>A long array is split into chunks of items: the array's opening (in its parent's scope), the chunks (items,
 * each rendered as if some item came before it: a leading comma the splice drops on the array's first non-empty
 * chunk), and its closing, rendered at splice time, when whether the array has any item is known.
 */
final class JsonParts implements AutoCloseable {
    private final JsonWriter w;
    private final ThreadPoolExecutor pool;
    private final int window;
    private final ArrayDeque<Part> pending = new ArrayDeque<>();
    /** The chunked array being spliced has had no item yet. */
    private boolean arrayEmpty;

    enum Kind { SECTION, OPEN, CHUNK, CLOSE }

    private record Part(Kind kind, int depth, FutureTask<JsonWriter.Bytes> text) {
    }

    /** Splices into {@code w}; {@code threads} pool threads (0: every part is rendered by the splicing thread). */
    JsonParts(JsonWriter w, int threads, int window) {
        this.w = w;
        this.spliceEncoded = encoded.get();
        this.window = Math.max(1, window);
        this.pool = threads <= 0 ? null : new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "faultline-json");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whatever {@code body} writes starting inside {@code depth} scopes, the innermost empty so far when {@code first}. */
    void section(int depth, boolean first, Consumer<JsonWriter> body) {
        add(Kind.SECTION, depth, first, body);
    }

    /** Opens a chunked array: {@code opening} ends inside it (e.g. {@code name("x").beginArray()}). */
    void open(int depth, boolean first, Consumer<JsonWriter> opening) {
        add(Kind.OPEN, depth, first, opening);
    }

    /** Items of the open array; {@code depth} is the array's (the opening's depth + 1 per scope it opened). */
    void chunk(int depth, Consumer<JsonWriter> items) {
        add(Kind.CHUNK, depth, false, items);
    }

    /** Closes the chunked array of that depth. */
    void close(int depth) {
        pending.add(new Part(Kind.CLOSE, depth, null));
        spliceBeyondWindow();
    }

    private void add(Kind kind, int depth, boolean first, Consumer<JsonWriter> body) {
        FutureTask<JsonWriter.Bytes> text = new FutureTask<>(() -> {
            JsonWriter f = JsonWriter.fragment(depth, first, buffer(kind), encoded.get());
            body.accept(f);
            JsonWriter.Bytes t = f.fragmentBytes();
            if (kind == Kind.CHUNK) lastChunkLength = t.length();
            return t;
        });
        if (pool != null) pool.execute(text);
        pending.add(new Part(kind, depth, text));
        spliceBeyondWindow();
    }

    /**
     * Each thread rendering parts remembers the strings it encoded ({@link JsonWriter.EncodedStrings}) from one part to
     * the next: the ids of one chunk are mostly those of the last.
     */
    private final ThreadLocal<JsonWriter.EncodedStrings> encoded = ThreadLocal.withInitial(JsonWriter.EncodedStrings::new);
    /** The splicing thread's, for the closings it renders (taken once: a ThreadLocal lookup per closing is not free). */
    private final JsonWriter.EncodedStrings spliceEncoded;

    /**
     * A chunk's buffer starts at about the size of the last chunk rendered (issue #18: grown from 4 KB by doubling,
     * the buffers of a 50,000-node document allocated 376 MB of copies for 196 MB of text). Only a first size: any
     * text fits, whichever thread rendered the last chunk.
     */
    private volatile int lastChunkLength;

    /**
     * The buffers of parts already spliced, for the parts still to render (issue #18: a new buffer per part allocated
     * more than the document's 196 MB at 50,000 nodes, and the parts waiting in the window were copied by every young
     * collection that found them). At most as many as parts are ever in flight ({@code window} and the one being
     * spliced): once promoted, they are never copied again.
     */
    private final SpareBuffers spare = new SpareBuffers();

    /**
     * Spare buffers in two queues, the chunks' apart from the other parts': a chunk handed an opening's 4 KB buffer
     * would regrow it by doubling to its ~1 MB, the copies the chunk capacity is there to avoid.
     */
    static final class SpareBuffers {
        private final ConcurrentLinkedQueue<byte[]> chunks = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<byte[]> others = new ConcurrentLinkedQueue<>();

        /** A spare buffer of a part of that kind, or a new one of {@code capacity} bytes. */
        byte[] take(Kind kind, int capacity) {
            byte[] reused = queue(kind).poll();
            return reused != null ? reused : new byte[capacity];
        }

        /** {@code buffer}, done with by a part of that kind, for the next part of its kind. */
        void give(Kind kind, byte[] buffer) {
            queue(kind).offer(buffer);
        }

        private ConcurrentLinkedQueue<byte[]> queue(Kind kind) {
            return kind == Kind.CHUNK ? chunks : others;
        }
    }

    private byte[] buffer(Kind kind) {
        return spare.take(kind, kind == Kind.CHUNK ? chunkCapacity() : 1 << 12);
    }

    private int chunkCapacity() {
        int last = lastChunkLength;
        return Math.max(1 << 12, Math.min(1 << 26, last + (last >> 3)));
    }

    private void spliceBeyondWindow() {
        while (pending.size() > window) spliceNext();
    }

    /**
     * Splices every part still pending; the writer is then where a single writer would be. More parts may follow
     * (e.g. once sections still being computed are known).
     */
    void finish() {
        while (!pending.isEmpty()) spliceNext();
    }

    private void spliceNext() {
        Part part = pending.poll();
        switch (part.kind()) {
            case CLOSE -> {
                JsonWriter f = JsonWriter.fragment(part.depth(), arrayEmpty, buffer(Kind.CLOSE), spliceEncoded);
                f.endArray();
                splice(Kind.CLOSE, f.fragmentBytes(), 0);
            }
            case OPEN -> {
                splice(part.kind(), text(part), 0);
                arrayEmpty = true;
            }
            case CHUNK -> {
                JsonWriter.Bytes items = text(part);
                if (items.length() == 0) {
                    spare.give(Kind.CHUNK, items.array());
                    return;
                }
                splice(Kind.CHUNK, items, arrayEmpty ? 1 : 0); // the first item has no comma before it
                arrayEmpty = false;
            }
            case SECTION -> splice(part.kind(), text(part), 0);
        }
    }

    /** Hands {@code part} on from {@code from}; its buffer is then free for another part of that kind. */
    private void splice(Kind kind, JsonWriter.Bytes part, int from) {
        w.splice(part.array(), from, part.length() - from);
        spare.give(kind, part.array());
    }

    private JsonWriter.Bytes text(Part part) {
        FutureTask<JsonWriter.Bytes> task = part.text();
        task.run(); // here, unless a pool thread has begun it (a FutureTask runs once)
        // While a pool thread finishes it, render later parts nobody has begun rather than wait idle.
        while (pool != null && !task.isDone()) {
            Runnable later = pool.getQueue().poll();
            if (later == null) break;
            later.run();
        }
        return Futures.get(task, () -> new IllegalStateException("interrupted while writing JSON"));
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
