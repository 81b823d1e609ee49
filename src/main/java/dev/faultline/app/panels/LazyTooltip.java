package dev.faultline.app.panels;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A cell's tooltip, made only when the pointer first comes over the cell (issue #13). A {@link Tooltip} is a popup
 * control with its own CSS: one per cell and update cost the FX thread tens of milliseconds when a large file filled
 * the findings and flows panels, and most rows are never pointed at. The text is kept up to date on every update;
 * a tooltip already made, or the one of a cell under the pointer, follows it at once.
 */
final class LazyTooltip {
    private final Control owner;
    /** The text to show (null: no tooltip). */
    private String text;

    LazyTooltip(Control owner) {
        this.owner = owner;
        owner.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> apply());
    }

    void set(String text) {
        this.text = text;
        if (owner.getTooltip() != null || owner.isHover()) apply();
    }

    private void apply() {
        if (text == null) owner.setTooltip(null);
        else if (owner.getTooltip() == null) owner.setTooltip(new Tooltip(text));
        else owner.getTooltip().setText(text);
    }
}
