package dev.faultline.app;

import java.util.List;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut in one place: menus use the combinations, Help › Shortcuts lists them all. */
public final class Shortcuts {
    /** One shortcut: the keys as shown to the user and what they do. */
    public record Shortcut(String keys, String action) {
    }

    public static final KeyCombination OPEN = KeyCombination.keyCombination("Shortcut+O");
    public static final KeyCombination RELOAD = KeyCombination.keyCombination("Shortcut+R");
    public static final KeyCombination EXPORT = KeyCombination.keyCombination("Shortcut+E");
    public static final KeyCombination QUIT = KeyCombination.keyCombination("Shortcut+Q");
    public static final KeyCombination FIT = KeyCombination.keyCombination("Shortcut+0");
    public static final KeyCombination ZOOM_IN = KeyCombination.keyCombination("Shortcut+Equals");
    public static final KeyCombination ZOOM_OUT = KeyCombination.keyCombination("Shortcut+Minus");
    public static final KeyCombination ZOOM_SELECTION = KeyCombination.keyCombination("Shortcut+9");
    public static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    public static final KeyCombination FAIL_NODE = KeyCombination.keyCombination("Shortcut+D");
    public static final KeyCombination FAIL_INSTANCE = KeyCombination.keyCombination("Shortcut+Shift+D");
    public static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    public static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    public static final KeyCombination RESET = KeyCombination.keyCombination("Shortcut+Shift+X");
    public static final KeyCombination RESET_LAYOUT = KeyCombination.keyCombination("Shortcut+Shift+L");
    public static final KeyCombination WHY = KeyCombination.keyCombination("Shortcut+W");
    public static final KeyCombination SWEEP = KeyCombination.keyCombination("Shortcut+Shift+S");
    public static final KeyCombination THEME = KeyCombination.keyCombination("Shortcut+T");
    public static final KeyCombination HELP = KeyCombination.keyCombination("F1");
    public static final KeyCombination NODE_CARD = KeyCombination.keyCombination("Shortcut+I");

    private Shortcuts() {
    }

    /** Overlay n (1-based, in {@link dev.faultline.render.Overlay} order). */
    public static KeyCombination overlay(int n) {
        return KeyCombination.keyCombination("Shortcut+" + n);
    }

    public static List<Shortcut> all() {
        return List.of(
                new Shortcut(OPEN.getDisplayText(), "Open a topology file"),
                new Shortcut(RELOAD.getDisplayText(), "Reload the file (also automatic when it changes on disk)"),
                new Shortcut(EXPORT.getDisplayText(), "Export"),
                new Shortcut(FIND.getDisplayText(), "Search nodes by id, name, team, kind or tag; Enter jumps"),
                new Shortcut("F  or  " + FIT.getDisplayText(), "Fit the whole diagram"),
                new Shortcut("Z  or  " + ZOOM_SELECTION.getDisplayText(), "Zoom to the selection"),
                new Shortcut("+ / −  or  " + ZOOM_IN.getDisplayText() + " / " + ZOOM_OUT.getDisplayText(), "Zoom in / out"),
                new Shortcut("Ctrl+wheel", "Zoom around the pointer"),
                new Shortcut("Wheel, drag background, arrow keys", "Pan"),
                new Shortcut("Click / Shift+click / Ctrl+click", "Select / add to the selection"),
                new Shortcut("Drag a node", "Move and pin it there (remembered next to the file; Ctrl+Z undoes)"),
                new Shortcut(NODE_CARD.getDisplayText(), "Node card: the selected node's properties beside it"),
                new Shortcut("Right-click", "Fail node / one instance / zone / region / team"),
                new Shortcut(FAIL_NODE.getDisplayText(), "Fail the selected node(s)"),
                new Shortcut(FAIL_INSTANCE.getDisplayText(), "Fail one instance of the selected node(s)"),
                new Shortcut(UNDO.getDisplayText(), "Undo the last scenario step or node move"),
                new Shortcut(REDO.getDisplayText(), "Redo"),
                new Shortcut(RESET.getDisplayText(), "Reset the scenario"),
                new Shortcut(RESET_LAYOUT.getDisplayText(), "Reset the layout: release every pinned node"),
                new Shortcut(WHY.getDisplayText(), "Why is the selected node down? Highlight the causal chain"),
                new Shortcut("Esc", "Leave the search box; clear a highlight"),
                new Shortcut(SWEEP.getDisplayText(), "Run the chaos sweep (blast-radius ranking)"),
                new Shortcut(overlay(1).getDisplayText() + " … "
                        + overlay(dev.faultline.render.Overlay.values().length).getDisplayText(),
                        "Overlay: SPOF, Teams, Zones, Heat, None, Data, Latency, Load, Availability"),
                new Shortcut(THEME.getDisplayText(), "Switch light / dark theme"),
                new Shortcut(HELP.getDisplayText(), "This list of shortcuts"),
                new Shortcut(QUIT.getDisplayText(), "Quit"));
    }
}
