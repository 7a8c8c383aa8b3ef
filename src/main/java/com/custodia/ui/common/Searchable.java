package com.custodia.ui.common;

/**
 * An opened screen that takes the main window's search: the view of every {@link Screen} whose
 * {@link Screen#acceptsSearch()} is true implements it.
 */
@FunctionalInterface
public interface Searchable {

    /**
     * Searches for the text typed into the main window's search box (already trimmed; empty
     * means "no search", i.e. show everything again). Called on the UI thread, right after the
     * screen is opened or while it is shown, as often as the operator pauses while typing.
     */
    void search(String text);
}
