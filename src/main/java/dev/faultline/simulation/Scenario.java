package dev.faultline.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A set of failure events applied together. Immutable; {@link #plus} and {@link #withoutLast} make new ones. */
public record Scenario(List<FailureEvent> events) {
    public static final Scenario NONE = new Scenario(List.of());

    public Scenario {
        events = List.copyOf(events);
    }

    public static Scenario of(FailureEvent... events) {
        return new Scenario(Arrays.asList(events));
    }

    public static Scenario parse(List<String> texts) {
        return new Scenario(texts.stream().map(FailureEvent::parse).toList());
    }

    public Scenario plus(FailureEvent event) {
        List<FailureEvent> list = new ArrayList<>(events);
        list.add(event);
        return new Scenario(list);
    }

    public Scenario without(int index) {
        List<FailureEvent> list = new ArrayList<>(events);
        list.remove(index);
        return new Scenario(list);
    }

    public Scenario withoutLast() {
        return events.isEmpty() ? this : without(events.size() - 1);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    public List<String> labels() {
        return events.stream().map(FailureEvent::toString).toList();
    }
}
