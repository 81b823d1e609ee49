package dev.faultline.app.canvas;

import java.util.function.BiConsumer;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneNode;

/**
 * An overview of a large diagram: every node as a dot (drawn once per scene, not per frame) and the visible part as
 * a rectangle. Clicking or dragging on it moves the view there.
 */
final class Minimap extends Pane {
    static final double WIDTH = 200;
    static final double HEIGHT = 130;
    private final Canvas dots = new Canvas(WIDTH, HEIGHT);
    private final Rectangle view = new Rectangle();
    private final ColorCache colours;
    private double scale = 1;
    private double originX;
    private double originY;

    Minimap(ColorCache colours, BiConsumer<Double, Double> centreOnWorld) {
        this.colours = colours;
        setId("minimap");
        getStyleClass().add("minimap");
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        view.getStyleClass().add("minimap-view");
        view.setFill(Color.web("#0072B2", 0.12));
        view.setStroke(Color.web("#0072B2"));
        view.setMouseTransparent(true);
        getChildren().addAll(dots, view);
        setOnMousePressed(e -> {
            centreOnWorld.accept(originX + e.getX() / scale, originY + e.getY() / scale);
            e.consume();
        });
        setOnMouseDragged(e -> {
            centreOnWorld.accept(originX + e.getX() / scale, originY + e.getY() / scale);
            e.consume();
        });
    }

    void draw(DiagramScene scene) {
        double w = Math.max(1, scene.width());
        double h = Math.max(1, scene.height());
        scale = Math.min((WIDTH - 8) / w, (HEIGHT - 8) / h);
        originX = -4 / scale;
        originY = -4 / scale;
        GraphicsContext g = dots.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        double r = Math.max(1.5, Math.min(4, 60 * scale));
        for (SceneNode n : scene.nodes()) {
            Color c = colours.get(n.fill(), Color.GRAY);
            if (c.getBrightness() > 0.93 && c.getSaturation() < 0.1) c = colours.get(n.stroke(), Color.GRAY);
            g.setFill(c);
            g.fillRect((n.bounds().centerX() - originX) * scale - r / 2, (n.bounds().centerY() - originY) * scale - r / 2,
                    r, r);
        }
    }

    /** Shows which part of the world is visible, given the world rectangle of the view. */
    void showView(double wx, double wy, double ww, double wh) {
        double x = (wx - originX) * scale;
        double y = (wy - originY) * scale;
        double x2 = Math.min(WIDTH, x + ww * scale);
        double y2 = Math.min(HEIGHT, y + wh * scale);
        x = Math.max(0, x);
        y = Math.max(0, y);
        view.setX(x);
        view.setY(y);
        view.setWidth(Math.max(2, x2 - x));
        view.setHeight(Math.max(2, y2 - y));
    }
}
