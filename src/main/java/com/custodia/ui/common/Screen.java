package com.custodia.ui.common;

import com.custodia.service.auth.Principal;

/**
 * One entry of the main window's navigation. The main window lists only the screens that
 * exist and that the signed-in operator's roles may see.
 */
public interface Screen {

    /** Stable id, also used for the node id of the navigation entry ({@code nav-<id>}). */
    String id();

    /** Title shown in the navigation, already localised. */
    String title(ScreenContext context);

    /** An Ikonli icon literal, e.g. {@code mdi2v-view-dashboard}. */
    String iconLiteral();

    boolean visibleTo(Principal principal);

    /** Builds the screen's view; called on the UI thread, each time the screen is opened. */
    ScreenView open(ScreenContext context);

    /**
     * Whether this screen answers the main window's search box (Ctrl+K). The box is shown only
     * when a screen the operator may see says yes; what is typed there opens that screen and is
     * handed to its view, which then implements {@link Searchable}.
     */
    default boolean acceptsSearch() {
        return false;
    }
}
