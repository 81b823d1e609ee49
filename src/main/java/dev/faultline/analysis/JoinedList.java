package dev.faultline.analysis;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list whose elements come from a task still running: the first read waits for it (and helps, see
 * {@link SideTasks}). Lets the rules start before the availability analysis has finished; a rule that reads it
 * simply waits there, so every rule sees the same complete list.
 */
final class JoinedList<T> extends AbstractList<T> {
    private final Supplier<List<T>> result;
    private volatile List<T> list;

    JoinedList(Supplier<List<T>> result) {
        this.result = result;
    }

    private List<T> list() {
        List<T> l = list;
        if (l == null) list = l = result.get();
        return l;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
