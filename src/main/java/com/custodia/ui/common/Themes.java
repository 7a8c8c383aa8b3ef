package com.custodia.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The two console themes (AtlantaFX Primer light and dark). Custodia's own stylesheet only uses
 * the theme's colour variables, so it follows whichever theme is applied.
 */
public final class Themes {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    /** Custodia's stylesheet, added to every scene on top of the theme. */
    public static final String STYLESHEET = "/css/custodia.css";

    private Themes() {
    }

    /** Unknown names fall back to light, so a hand-edited preferences file cannot break start-up. */
    public static String normalise(String name) {
        return DARK.equals(name) ? DARK : LIGHT;
    }

    /** Applies the theme to every window; UI thread only. */
    public static void apply(String name) {
        // the binary form is the same stylesheet already parsed, which saves a noticeable part of start-up
        String css = DARK.equals(normalise(name))
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        Application.setUserAgentStylesheet(css);
    }

    public static String stylesheetUrl() {
        var url = Themes.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("missing stylesheet " + STYLESHEET);
        }
        return url.toExternalForm();
    }
}
