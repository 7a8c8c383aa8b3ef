package com.custodia.ui.common;

import javafx.scene.Parent;

/**
 * An opened screen. {@link #dispose()} is called when the operator navigates away, signs out
 * or the session locks: it must drop every reference to personal data the screen holds.
 */
public interface ScreenView {

    Parent root();

    void dispose();
}
