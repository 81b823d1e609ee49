package dev.faultline.app.canvas;

import java.util.Collection;

import javafx.scene.Node;

/**
 * Changes style classes only when they really change. Any change to a node's style classes, even removing a class
 * and adding it back, makes JavaFX re-apply CSS to the node and all its children on the next pulse; restyling every
 * node of a 2,000-node diagram that way stalled the window for seconds after each click or failure.
 */
final class StyleClasses {
    private StyleClasses() {
    }

    /** Adds or removes one class. */
    static void toggle(Node node, String styleClass, boolean on) {
        javafx.collections.ObservableList<String> classes = node.getStyleClass();
        boolean has = classes.contains(styleClass);
        if (on && !has) classes.add(styleClass);
        else if (!on && has) classes.removeAll(styleClass);
    }

    /** Of the managed classes, exactly the wanted ones end up on the node; other classes stay untouched. */
    static void setExactly(Node node, Collection<String> managed, Collection<String> wanted) {
        for (String c : managed) toggle(node, c, wanted.contains(c));
    }
}
