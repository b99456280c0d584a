package org.argumap.ui.filewatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class LookOnFocusTest {

    @Test
    void looksLaterEachTimeTheWindowRegainsFocusAndNotWhenItLosesIt() {
        SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
        AtomicInteger looks = new AtomicInteger();
        List<Runnable> queued = new ArrayList<>();
        LookOnFocus.install(focused, looks::incrementAndGet, queued::add);

        focused.set(false);
        assertEquals(0, queued.size(), "losing focus looks at nothing");
        focused.set(true);
        assertEquals(0, looks.get(), "not inside the focus change");
        assertEquals(1, queued.size());
        queued.forEach(Runnable::run);
        assertEquals(1, looks.get());

        focused.set(false);
        focused.set(true);
        assertEquals(2, queued.size(), "again at the next return");
    }
}
