package com.custodia.ui.support;

import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.Searchable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A screen showing a made-up person, counting how often it is opened and disposed. Made with
 * {@link #searchable(String)}, it accepts the main window's search and records what it was asked.
 */
public final class RecordingScreen implements Screen {

    public static final String CONTENT_ID = "records-content";
    public final AtomicInteger opened = new AtomicInteger();
    public final AtomicInteger disposed = new AtomicInteger();
    /** Every search the opened views were given, in order. */
    public final List<String> searches = new CopyOnWriteArrayList<>();
    private final String id;
    private final boolean acceptsSearch;

    public RecordingScreen() {
        this("records", false);
    }

    private RecordingScreen(String id, boolean acceptsSearch) {
        this.id = id;
        this.acceptsSearch = acceptsSearch;
    }

    /** A screen that takes searches, like the People screen; its content has the id {@code <id>-content}. */
    public static RecordingScreen searchable(String id) {
        return new RecordingScreen(id, true);
    }

    public String contentId() {
        return acceptsSearch ? id + "-content" : CONTENT_ID;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(ScreenContext context) {
        return acceptsSearch ? "People" : "Records";
    }

    @Override
    public String iconLiteral() {
        return "mdi2a-account-box-outline";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return true;
    }

    @Override
    public boolean acceptsSearch() {
        return acceptsSearch;
    }

    @Override
    public ScreenView open(ScreenContext context) {
        opened.incrementAndGet();
        Label person = new Label("Jane Example, jane@example.com");
        VBox root = new VBox(person);
        root.setId(contentId());
        return new View(root, person);
    }

    private final class View implements ScreenView, Searchable {
        private final VBox root;
        private final Label person;

        View(VBox root, Label person) {
            this.root = root;
            this.person = person;
        }

        @Override
        public Parent root() {
            return root;
        }

        @Override
        public void dispose() {
            disposed.incrementAndGet();
            person.setText("");
        }

        @Override
        public void search(String text) {
            searches.add(text);
        }
    }
}
