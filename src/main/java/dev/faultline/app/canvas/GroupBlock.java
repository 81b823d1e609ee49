package dev.faultline.app.canvas;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.group.GroupSummary;
import dev.faultline.render.group.NodeGroup;

/**
 * One group drawn as a block: its name, node and SPOF counts and, under a scenario, how many of its nodes are DOWN
 * and DEGRADED. The state is never colour alone: a red (DOWN) and an amber (DEGRADED) bar along the bottom, as long
 * as the share of such nodes, a heavy red outline, and the counts as text once the block is big enough to read. The
 * bars and outline show even at the farthest zoom, so a failure at fit always changes pixels. Text is built the first
 * time the block is readable (a 20,000-node file has 1,300 blocks).
 */
final class GroupBlock extends Group {
    /** Block size on screen (px) from which its text is drawn: the name is then 8 px type, the counts 7 px. */
    static final double TEXT_FROM_PX = 52;

    private final NodeGroup group;
    private final Box box;
    private final Rectangle body;
    private final Rectangle downBar = new Rectangle();
    private final Rectangle degradedBar = new Rectangle();
    private GroupSummary summary;
    private Palette palette;
    private Text name;
    private Text counts;
    private Text state;
    private boolean open;

    GroupBlock(NodeGroup group, Box box, GroupSummary summary, Palette palette) {
        this.group = group;
        this.box = box;
        body = new Rectangle(box.x(), box.y(), box.width(), box.height());
        double arc = box.width() * 0.08;
        body.setArcWidth(arc);
        body.setArcHeight(arc);
        getChildren().addAll(body, downBar, degradedBar);
        // No id: JavaFX caches CSS matching per (type, id, style classes), so a unique id per block made each of the
        // 1,334 team blocks of a 20,000-node file match the whole stylesheet on opening. The group id is user data.
        getStyleClass().add("group-block");
        setUserData(group.id());
        update(summary, palette);
    }

    NodeGroup group() {
        return group;
    }

    Box box() {
        return box;
    }

    GroupSummary summary() {
        return summary;
    }

    /**
     * Restyles the block for new counts. Every scene (each failure, undo, overlay switch) passes every block through
     * here; one whose counts and palette did not change is left alone, so it costs neither shapes nor a CSS pass.
     */
    void update(GroupSummary next, Palette p) {
        if (next.equals(summary) && p == palette) return;
        apply(next, p);
    }

    private void apply(GroupSummary next, Palette p) {
        summary = next;
        palette = p;
        boolean hit = next.hit();
        body.setFill(open ? Color.TRANSPARENT : Color.web(p.nodeFill));
        body.setStroke(Color.web(next.down() > 0 ? p.down : next.degraded() > 0 ? p.degraded : p.nodeStroke));
        body.setStrokeWidth(box.width() * (hit ? 0.045 : 0.015));
        body.getStrokeDashArray().setAll(open ? java.util.List.of(box.width() * 0.05, box.width() * 0.03)
                : java.util.List.of());
        double barH = box.height() * 0.22;
        double y = box.maxY() - barH;
        double downW = box.width() * next.down() / Math.max(1, next.nodes());
        double degW = box.width() * next.degraded() / Math.max(1, next.nodes());
        // A single DOWN node in a big group still shows: at least a quarter of the block.
        if (next.down() > 0) downW = Math.max(downW, box.width() * 0.25);
        if (next.degraded() > 0) degW = Math.max(degW, box.width() * 0.25);
        degW = Math.min(degW, box.width() - downW);
        downBar.setX(box.x());
        downBar.setY(y);
        downBar.setWidth(downW);
        downBar.setHeight(barH);
        downBar.setFill(Color.web(p.down));
        downBar.setVisible(next.down() > 0);
        degradedBar.setX(box.x() + downW);
        degradedBar.setY(y);
        degradedBar.setWidth(degW);
        degradedBar.setHeight(barH);
        degradedBar.setFill(Color.web(p.degraded));
        degradedBar.setVisible(next.degraded() > 0);
        // Pseudo-classes, not style classes: a style-class change re-matches the block's CSS on the next pulse.
        PseudoStates.set(this, "group-down", next.down() > 0);
        PseudoStates.set(this, "group-degraded", next.degraded() > 0);
        PseudoStates.set(this, "group-open", open);
        if (name != null) fillText();
    }

    /** An opened group: no fill, a dashed outline; its counts stay (its nodes may be drawn away from the block). */
    void setOpen(boolean value) {
        if (open == value) return;
        open = value;
        apply(summary, palette);
    }

    boolean isOpen() {
        return open;
    }

    void setTextVisible(boolean visible) {
        if (visible && name == null) buildText();
        if (name != null) {
            name.setVisible(visible);
            counts.setVisible(visible);
            state.setVisible(visible && summary.hit());
        }
    }

    boolean textVisible() {
        return name != null && name.isVisible();
    }

    private void buildText() {
        double size = box.width() * 0.13;
        Font bold = Font.font("System", FontWeight.BOLD, size * 1.08);
        Font plain = Font.font("System", size);
        double x = box.x() + box.width() * 0.06;
        name = text(bold, x, box.y() + size * 1.2);
        counts = text(plain, x, box.y() + size * 2.3);
        state = text(bold, x, box.y() + size * 3.4);
        state.setLineSpacing(size * 0.05);
        name.getStyleClass().add("group-name");
        counts.getStyleClass().add("group-counts");
        state.getStyleClass().add("group-state");
        getChildren().addAll(name, counts, state);
        fillText();
    }

    private Text text(Font font, double x, double y) {
        Text t = new Text(x, y, "");
        t.setFont(font);
        t.setMouseTransparent(true);
        return t;
    }

    private void fillText() {
        int chars = 12;
        String label = group.label().length() > chars ? group.label().substring(0, chars - 1) + "…" : group.label();
        name.setText(label);
        name.setFill(Color.web(palette.text));
        String countText = summary.nodes() + " nodes" + (summary.spofs() > 0 ? " ⚠" + summary.spofs() : "");
        counts.setText(countText);
        // "1,234 nodes ⚠56" must stay inside the block: smaller type for a long line.
        double size = fittedSize(countText, 0.6, 1);
        if (counts.getFont().getSize() != size) counts.setFont(Font.font("System", size));
        counts.setFill(Color.web(palette.mutedText));
        String st = stateText(summary);
        state.setText(st);
        double stateSize = fittedSize(st.lines().max(java.util.Comparator.comparingInt(String::length)).orElse(""),
                0.7, 1.08);
        if (state.getFont().getSize() != stateSize) state.setFont(Font.font("System", FontWeight.BOLD, stateSize));
        state.setVisible(name.isVisible() && summary.hit());
        state.setFill(Color.web(summary.down() > 0 ? palette.down : palette.text));
    }

    /**
     * Type size for a line of text inside the block: the block's usual size (0.13 of its width, times {@code factor}),
     * smaller when {@code line} would run past the block's right edge ({@code em}: a glyph's width in ems).
     */
    private double fittedSize(String line, double em, double factor) {
        return Math.min(box.width() * 0.13 * factor, box.width() * 0.88 / (em * Math.max(1, line.length())));
    }

    /** "✕ 47 DOWN" and "◐ 54 DEG" (degraded) on two lines: what the scenario did to this group, in words as well as colour. */
    static String stateText(GroupSummary s) {
        StringBuilder b = new StringBuilder();
        if (s.down() > 0) b.append("✕ ").append(s.down()).append(" DOWN");
        if (s.degraded() > 0) b.append(b.isEmpty() ? "" : "\n").append("◐ ").append(s.degraded()).append(" DEG");
        return b.toString();
    }

    /** The hover text: every count, in full. */
    String tooltip() {
        return group.label() + "\n" + summary.nodes() + " nodes, " + summary.spofs() + " SPOF(s)"
                + (summary.hit() ? "\n" + summary.down() + " DOWN, " + summary.degraded() + " DEGRADED"
                + (summary.failed() > 0 ? ", " + summary.failed() + " failed by the scenario" : "") : "")
                + "\nDouble-click to " + (open ? "close" : "open");
    }
}
