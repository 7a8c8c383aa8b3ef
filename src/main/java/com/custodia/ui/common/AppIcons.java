package com.custodia.ui.common;

import java.io.InputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon in every size under {@code /icons}; set on every stage Custodia opens. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private List<Image> images;

    /** Loaded on first use, on the UI thread. */
    public List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                String path = "/icons/custodia-" + size + ".png";
                try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("missing icon " + path);
                    }
                    loaded.add(new Image(in));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read icon " + path, e);
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    public void applyTo(Stage stage) {
        stage.getIcons().setAll(images());
    }
}
