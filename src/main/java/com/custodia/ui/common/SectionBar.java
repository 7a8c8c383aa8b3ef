package com.custodia.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;

/**
 * A tab pane's tabs as buttons that wrap onto as many rows as they need, in place of its own
 * header. A tab header is one row: with a dozen categories in a detail pane on a 1280-pixel
 * screen, two thirds of them sat behind the header's overflow menu, where nobody looks. The tab
 * pane stays the one that holds the content and the selection; the bar follows its tabs (their
 * order, their titles, which one is selected) and selects a tab when its button is pressed.
 *
 * <p>The tab pane gets the style class {@value #HEADLESS}, which hides its own header.
 */
public final class SectionBar {

    /** The style class that hides a tab pane's own header (custodia.css). */
    public static final String HEADLESS = "headless-tabs";

    private final FlowPane bar;
    private final TabPane tabs;
    private final ToggleGroup group = new ToggleGroup();

    private SectionBar(FlowPane bar, TabPane tabs) {
        this.bar = bar;
        this.tabs = tabs;
    }

    /** Shows the tabs of {@code tabs} as buttons in {@code bar}, from now on. */
    public static void attach(FlowPane bar, TabPane tabs) {
        SectionBar sections = new SectionBar(bar, tabs);
        if (!tabs.getStyleClass().contains(HEADLESS)) {
            tabs.getStyleClass().add(HEADLESS);
        }
        bar.getStyleClass().add("section-bar");
        tabs.getTabs().addListener((ListChangeListener<Tab>) change -> sections.rebuild());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> sections.follow(now));
        // a pressed button stays pressed: the bar always shows which section is open
        sections.group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null && was.getToggleGroup() == sections.group) {
                sections.group.selectToggle(was);
            }
        });
        sections.rebuild();
    }

    private void rebuild() {
        group.getToggles().clear();
        bar.getChildren().clear();
        for (Tab tab : tabs.getTabs()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(tab.textProperty());
            button.setUserData(tab);
            button.setToggleGroup(group);
            button.setFocusTraversable(true);
            button.getStyleClass().add("section-button");
            if (tab.getId() != null) {
                button.setId("section-" + tab.getId());
            }
            button.setOnAction(e -> tabs.getSelectionModel().select(tab));
            bar.getChildren().add(button);
        }
        follow(tabs.getSelectionModel().getSelectedItem());
    }

    private void follow(Tab selected) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == selected)
                .findFirst()
                .ifPresent(group::selectToggle);
    }
}
