package dev.faultline.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {
    @TempDir
    Path dir;

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndBounded() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/faultline/test-recent-" + System.nanoTime());
        try {
            RecentFiles recent = new RecentFiles(node);
            for (int i = 0; i < 12; i++) recent.add(dir.resolve("f" + i + ".yaml"));
            recent.add(dir.resolve("f5.yaml"));
            List<Path> list = recent.list();
            assertEquals(RecentFiles.MAX, list.size());
            assertEquals(dir.resolve("f5.yaml"), list.get(0));
            assertEquals(dir.resolve("f11.yaml"), list.get(1));
            assertEquals(1, list.stream().filter(p -> p.endsWith("f5.yaml")).count());
            assertEquals(list, new RecentFiles(node).list(), "kept across instances");
        } finally {
            node.removeNode();
        }
    }

    @Test
    void anEditorStyleSaveIsReportedOnceAfterItSettles() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, "v1");
        CountDownLatch changed = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        try (FileWatcher watcher = new FileWatcher(600, p -> {
            calls.incrementAndGet();
            changed.countDown();
        })) {
            watcher.watch(file);
            Files.writeString(dir.resolve("other.txt"), "not watched");
            // Editors write a temp file and move it over the original: the watch is on the directory for that.
            Path temp = dir.resolve(".shop.yaml.swp");
            Files.writeString(temp, "v2");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(file, "v3");
            assertTrue(changed.await(20, TimeUnit.SECONDS), "the change is reported");
        }
        assertEquals(1, calls.get(), "two quick writes are one reload");
    }
}
