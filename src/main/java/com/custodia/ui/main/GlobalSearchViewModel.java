package com.custodia.ui.main;

import com.custodia.ui.common.Screen;
import com.custodia.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's search box (Ctrl+K): what is typed there goes to the first screen in the
 * navigation that accepts a search (the People screen), on Enter or after a short pause in
 * typing. Without such a screen for this operator the box is not shown at all.
 *
 * <p>Blank text opens nothing; but once the screen is shown, clearing the box clears its search.
 */
public final class GlobalSearchViewModel {

    /** How long typing must pause before the text is searched for. */
    static final Duration PAUSE = Duration.ofMillis(300);

    /**
     * Text for the target screen's view; {@code serial} makes every request new, so searching
     * for the same text again (Enter) still reaches the screen.
     */
    public record Request(Screen screen, String text, long serial) {
    }

    private final Screen target;
    private final ObjectProperty<Screen> selected;
    private final TaskExecutor executor;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyObjectWrapper<Request> request = new ReadOnlyObjectWrapper<>(this, "request");
    private TaskExecutor.Cancellable pending;
    private long serial;
    /** What the shown target screen was last asked to search for; null when it was not asked yet. */
    private String searched;

    /**
     * @param navigation the screens this operator may open, in menu order
     * @param selected   the shown screen, which a search changes to its target
     */
    GlobalSearchViewModel(List<Screen> navigation, ObjectProperty<Screen> selected, TaskExecutor executor) {
        this.target = navigation.stream().filter(Screen::acceptsSearch).findFirst().orElse(null);
        this.selected = Objects.requireNonNull(selected);
        this.executor = Objects.requireNonNull(executor);
        text.addListener((obs, was, now) -> typed());
        // a screen opened anew from the navigation has no search yet, whatever was asked before
        selected.addListener((obs, was, now) -> searched = null);
    }

    // ---------------------------------------------------------------- Properties

    /** Whether the box is shown: only when a screen this operator may see takes searches. */
    public boolean shown() {
        return target != null;
    }

    /** The screen searches go to, or null. */
    public Screen target() {
        return target;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The newest search, for the window to hand to the target screen's view once it is shown. */
    public ReadOnlyObjectProperty<Request> requestProperty() {
        return request.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- Commands

    /** Enter: searches at once, even for the text searched for last. */
    public void submit() {
        cancelPending();
        deliver(true);
    }

    /** Stops a search waiting for the typing pause (sign-out, lock). */
    public void close() {
        cancelPending();
    }

    private void typed() {
        cancelPending();
        if (target == null) {
            return;
        }
        pending = executor.scheduleOnUi(PAUSE, () -> {
            cancelPending();
            deliver(false);
        });
    }

    private void deliver(boolean explicit) {
        if (target == null) {
            return;
        }
        String query = text.get() == null ? "" : text.get().strip();
        boolean targetShown = selected.get() == target;
        if (query.isEmpty() && !targetShown) {
            return;
        }
        if (!explicit && targetShown && query.equals(searched)) {
            // a pause after typing a space, or after undoing a change, asks nothing new
            return;
        }
        selected.set(target);
        searched = query;
        request.set(new Request(target, query, ++serial));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
