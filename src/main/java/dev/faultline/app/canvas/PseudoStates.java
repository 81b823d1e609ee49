package dev.faultline.app.canvas;

import java.util.Collection;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * A diagram node's or edge's state (SPOF, DOWN, selected, highlighted, out of scope, ...) as CSS pseudo-classes.
 * Any change to a node's style classes makes JavaFX match every selector again for the node and its whole subtree
 * on the next pulse; a pseudo-class change re-matches nothing unless a loaded selector uses that pseudo-class. At
 * 2,000 nodes, a failure that changes the state of a few hundred nodes cost a CSS pass of a quarter of a second
 * with style classes (issue #13). Tests and stylesheets read them as {@code :state-down}, {@code :selected}, ...
 */
public final class PseudoStates {
    private PseudoStates() {
    }

    /** Sets or clears one state; a no-op when it already is so. */
    static void set(Node node, String state, boolean on) {
        PseudoClass pc = PseudoClass.getPseudoClass(state);
        if (node.getPseudoClassStates().contains(pc) != on) node.pseudoClassStateChanged(pc, on);
    }

    /** Of the managed states, exactly the wanted ones end up set; other states stay untouched. */
    static void setExactly(Node node, Collection<String> managed, Collection<String> wanted) {
        for (String s : managed) set(node, s, wanted.contains(s));
    }

    /** The names of the states a node shows. */
    public static java.util.Set<String> of(Node node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (PseudoClass pc : node.getPseudoClassStates()) names.add(pc.getPseudoClassName());
        return names;
    }

    /** Whether a node shows a state (for example "state-down", "spof", "selected"). */
    public static boolean has(Node node, String state) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(state));
    }
}
