package dev.faultline.io.v1;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Only the very string remembered is answered; an equal copy or a string that took its slot asks the table again. */
class RecentIdsTest {
    @Test
    void answersTheRememberedInstanceOnly() {
        RecentIds recent = new RecentIds();
        String ref = new String("payments-1-svc-7");
        String id = new String("payments-1-svc-7");
        assertNull(recent.get(ref));
        recent.put(ref, id);
        assertSame(id, recent.get(ref));
        assertNull(recent.get(new String("payments-1-svc-7")), "an equal copy is not the remembered string");
    }

    @Test
    void aStringInTheSameSlotReplacesTheOne() {
        RecentIds recent = new RecentIds();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String s = "node-" + i;
            all.add(s);
            recent.put(s, s);
        }
        int answered = 0;
        for (String s : all) {
            String found = recent.get(s);
            if (found != null) {
                assertSame(s, found);
                answered++;
            }
        }
        assertSame(true, answered > 0 && answered <= 1_024, "at most one string per slot: " + answered);
    }
}
