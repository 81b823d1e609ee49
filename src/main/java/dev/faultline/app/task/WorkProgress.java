package dev.faultline.app.task;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Progress of the work in flight, as plain JavaFX properties (usable without a running toolkit).
 * Only the task runner writes it, and only on the FX thread.
 */
public final class WorkProgress {
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<RunningWork> current = new SimpleObjectProperty<>();

    public BooleanProperty runningProperty() { return running; }

    public DoubleProperty fractionProperty() { return fraction; }

    public StringProperty messageProperty() { return message; }

    public ObjectProperty<RunningWork> currentProperty() { return current; }

    public boolean isRunning() { return running.get(); }

    /** Cancels whatever runs now; harmless when nothing does. */
    public void cancelCurrent() {
        RunningWork work = current.get();
        if (work != null) work.cancel();
    }

    void started(RunningWork work) {
        current.set(work);
        running.set(true);
        fraction.set(-1);
        message.set(work.title() + "…");
    }

    void update(double value, String text) {
        fraction.set(value);
        if (text != null && !text.isEmpty()) message.set(text);
    }

    void finished(RunningWork work) {
        if (current.get() != work) return;
        current.set(null);
        running.set(false);
        fraction.set(0);
        message.set("");
    }
}
