package dev.faultline.app.panels;

import java.util.Comparator;
import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

import org.controlsfx.control.PopOver;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * A node's card: a ControlsFX {@link PropertySheet} (read-only, grouped by {@link NodeCardModel#CATEGORIES}, with
 * its filter box) in a {@link PopOver} pointing at the node on the canvas. The details panel shows every row at
 * once; the card answers "what is this?" where the eye already is, without leaving the diagram, and one category
 * at a time keeps it small. Values are wrapped labels, not text fields: nothing here is editable.
 */
public final class NodeCard {
    private NodeCard() {
    }

    /** The property sheet of one node, Risk open first. */
    public static PropertySheet sheet(WorkspaceViewModel vm, String nodeId) {
        PropertySheet sheet = new PropertySheet();
        sheet.setId("node-card-sheet");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setCategoryComparator(Comparator.comparingInt(NodeCardModel.CATEGORIES::indexOf));
        sheet.setPropertyEditorFactory(NodeCard::readOnly);
        for (NodeCardModel.Property p : NodeCardModel.properties(vm.document().topology(), vm.document().report(),
                vm.simulation(), nodeId)) {
            sheet.getItems().add(new Item(p));
        }
        sheet.setPrefSize(400, 460);
        return sheet;
    }

    /** Opens the card beside {@code anchor} (the node's view on the canvas); returns it so callers can close it. */
    public static PopOver show(WorkspaceViewModel vm, String nodeId, Node anchor) {
        PopOver pop = new PopOver(sheet(vm, nodeId));
        pop.setTitle(vm.document().topology().requireNode(nodeId).name());
        pop.setHeaderAlwaysVisible(true);
        pop.setDetachable(true);
        pop.setAutoHide(true);
        pop.setArrowLocation(arrowFor(anchor));
        pop.getRoot().setId("node-card");
        pop.show(anchor);
        return pop;
    }

    /** The card opens on the side of the node with more room, so it stays inside the window. */
    private static PopOver.ArrowLocation arrowFor(Node anchor) {
        javafx.geometry.Bounds b = anchor.localToScene(anchor.getBoundsInLocal());
        javafx.scene.Scene scene = anchor.getScene();
        if (scene == null) return PopOver.ArrowLocation.LEFT_TOP;
        boolean right = b.getCenterX() > scene.getWidth() / 2;
        boolean low = b.getCenterY() > scene.getHeight() / 2;
        if (right) return low ? PopOver.ArrowLocation.RIGHT_BOTTOM : PopOver.ArrowLocation.RIGHT_TOP;
        return low ? PopOver.ArrowLocation.LEFT_BOTTOM : PopOver.ArrowLocation.LEFT_TOP;
    }

    private static PropertyEditor<?> readOnly(PropertySheet.Item item) {
        Label value = new Label(String.valueOf(item.getValue()));
        value.setWrapText(true);
        value.setMaxWidth(260);
        value.setId("card-" + item.getName().replace(' ', '-'));
        return new PropertyEditor<Object>() {
            @Override
            public Node getEditor() {
                return value;
            }

            @Override
            public Object getValue() {
                return value.getText();
            }

            @Override
            public void setValue(Object v) {
                value.setText(String.valueOf(v));
            }
        };
    }

    private record Item(NodeCardModel.Property p) implements PropertySheet.Item {
        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return p.category();
        }

        @Override
        public String getName() {
            return p.name();
        }

        @Override
        public String getDescription() {
            return p.name() + ": " + p.value();
        }

        @Override
        public Object getValue() {
            return p.value();
        }

        @Override
        public void setValue(Object value) {
            // read-only
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        /** The sheet greys out editors of read-only items; ours is a label, so "editable" only keeps it readable. */
        @Override
        public boolean isEditable() {
            return true;
        }
    }
}
