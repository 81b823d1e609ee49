package dev.faultline.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened files, newest first, kept in {@link Preferences} (the node is injected). */
public final class RecentFiles {
    static final int MAX = 10;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null && !s.isBlank()) out.add(Path.of(s));
        }
        return out;
    }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(list());
        list.remove(p);
        list.add(0, p);
        for (int i = 0; i < MAX; i++) {
            if (i < list.size()) prefs.put("recent." + i, list.get(i).toString());
            else prefs.remove("recent." + i);
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Recent files are a convenience: losing them must never stop a file from opening.
        }
    }

    public void clear() {
        for (int i = 0; i < MAX; i++) prefs.remove("recent." + i);
    }
}
