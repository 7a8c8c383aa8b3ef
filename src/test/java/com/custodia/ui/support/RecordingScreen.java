package com.custodia.ui.support;

import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen showing a made-up person, counting how often it is opened and disposed. */
public final class RecordingScreen implements Screen {

    public static final String CONTENT_ID = "records-content";
    public final AtomicInteger opened = new AtomicInteger();
    public final AtomicInteger disposed = new AtomicInteger();

    @Override
    public String id() {
        return "records";
    }

    @Override
    public String title(ScreenContext context) {
        return "Records";
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
    public ScreenView open(ScreenContext context) {
        opened.incrementAndGet();
        Label person = new Label("Jane Example, jane@example.com");
        VBox root = new VBox(person);
        root.setId(CONTENT_ID);
        return new ScreenView() {
            @Override
            public Parent root() {
                return root;
            }

            @Override
            public void dispose() {
                disposed.incrementAndGet();
                person.setText("");
            }
        };
    }
}
