package com.custodia.ui.importing;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of the import wizard, from its resource bundle; shared by the view models and the view. */
final class ImportText {

    private final ResourceBundle bundle;

    ImportText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** A {@link MessageFormat} pattern of the bundle; numbers are grouped as the bundle's locale groups them. */
    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** How the mapping names a person column, or "(ignore)" for none. */
    String target(String personColumn) {
        return personColumn == null ? get("mapping.ignore") : personColumn;
    }
}
