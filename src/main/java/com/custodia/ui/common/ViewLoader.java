package com.custodia.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code /fxml/<feature>/<Name>.fxml} with the feature's resource bundle
 * ({@code i18n/<feature>.properties}) and the given view object as its controller
 * (FXML files name no {@code fx:controller}: the view is built with its view model first).
 */
public final class ViewLoader {

    private final Locale locale;

    public ViewLoader(Locale locale) {
        this.locale = locale;
    }

    public ResourceBundle bundle(String feature) {
        return ResourceBundle.getBundle("i18n." + feature, locale);
    }

    public Parent load(String feature, String name, Object view) {
        String path = "/fxml/" + feature + "/" + name + ".fxml";
        URL url = ViewLoader.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle(feature));
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }
}
