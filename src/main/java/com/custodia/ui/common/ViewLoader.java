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
 * A file included with {@code <fx:include>} is the exception: it names its view's class, and the
 * loader hands it the instance of that class among {@code nested}, built beforehand in the same way.
 */
public final class ViewLoader {

    private final Locale locale;

    public ViewLoader(Locale locale) {
        this.locale = locale;
    }

    public ResourceBundle bundle(String feature) {
        return ResourceBundle.getBundle("i18n." + feature, locale);
    }

    public Parent load(String feature, String name, Object view, Object... nested) {
        String path = "/fxml/" + feature + "/" + name + ".fxml";
        URL url = ViewLoader.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing view " + path);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle(feature));
        loader.setController(view);
        loader.setControllerFactory(type -> nestedView(path, type, nested));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + path, e);
        }
    }

    private static Object nestedView(String path, Class<?> type, Object[] nested) {
        for (Object view : nested) {
            if (view.getClass() == type) {
                return view;
            }
        }
        throw new IllegalStateException(path + " includes a view of " + type.getName() + " that was not given");
    }
}
