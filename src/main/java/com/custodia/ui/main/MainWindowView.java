package com.custodia.ui.main;

import com.custodia.ui.common.ErrorReporter;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.Searchable;
import com.custodia.ui.common.Themes;
import com.custodia.ui.common.ViewLoader;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code-behind of {@code fxml/main/MainWindow.fxml}: menu, search box, navigation, the open screen
 * and the status bar. It owns the open {@link ScreenView} and disposes it on navigation and on
 * {@link #dispose()}, so no screen keeps personal data after it is left; searches reach the open
 * view through {@link Searchable}.
 */
public final class MainWindowView {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindowView.class);
    /** Ctrl+K (Cmd+K on a Mac) focuses the search box from anywhere in the window. */
    static final KeyCombination SEARCH_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final MainWindowViewModel model;
    private final ScreenContext context;
    private final ResourceBundle common;
    private final Parent root;
    private ScreenView current;
    /** Where Escape returns from the search box: what had the focus before Ctrl+K. */
    private Node beforeSearch;

    @FXML private BorderPane window;
    @FXML private TextField searchBox;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private Label statusConnection;
    @FXML private Label statusOperator;
    @FXML private Label statusRoles;
    @FXML private Label statusDemo;
    @FXML private Label statusLedger;
    @FXML private Label statusPolicy;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;

    public MainWindowView(MainWindowViewModel model, ScreenContext context, ViewLoader views) {
        this.model = model;
        this.context = context;
        this.common = views.bundle("common");
        this.root = views.load("main", "MainWindow", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        buildNavigation();
        statusConnection.setText(model.connectionText());
        statusConnection.setTooltip(new Tooltip(model.connectionText()));
        statusOperator.setText(model.operatorText());
        statusRoles.setText(model.rolesText());
        statusDemo.setVisible(model.demo());
        statusDemo.setManaged(model.demo());
        themeLight.setSelected(Themes.LIGHT.equals(model.themeProperty().get()));
        themeDark.setSelected(Themes.DARK.equals(model.themeProperty().get()));
        model.selectedProperty().addListener((obs, was, now) -> show(now));
        show(model.selectedProperty().get());
        bindSearch();
        NoticeLabels.bind(statusLedger, model.ledger().state(), false);
        Tooltip ledgerDetail = new Tooltip();
        ledgerDetail.textProperty().bind(model.ledger().detailProperty());
        statusLedger.setTooltip(ledgerDetail);
        bindPolicy();
    }

    private void bindPolicy() {
        PolicyStatusViewModel policy = model.policy();
        if (policy == null) {
            statusPolicy.setVisible(false);
            statusPolicy.setManaged(false);
            return;
        }
        statusPolicy.textProperty().bind(policy.textProperty());
        NoticeLabels.showWhen(statusPolicy, policy.textProperty().isNotEmpty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(policy.detailProperty());
        statusPolicy.setTooltip(detail);
    }

    private void bindSearch() {
        GlobalSearchViewModel search = model.search();
        searchBox.setVisible(search.shown());
        searchBox.setManaged(search.shown());
        if (!search.shown()) {
            return;
        }
        String title = search.target().title(context);
        searchBox.setPromptText(model.searchPrompt(title, SEARCH_KEY.getDisplayText()));
        searchBox.setTooltip(new Tooltip(model.searchTooltip(title)));
        searchBox.textProperty().bindBidirectional(search.textProperty());
        window.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SEARCH_KEY.match(event)) {
                event.consume();
                focusSearch();
            }
        });
        searchBox.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                leaveSearch();
            }
        });
        search.requestProperty().addListener((obs, was, now) -> searchIn(now));
    }

    private void focusSearch() {
        Node owner = window.getScene() == null ? null : window.getScene().getFocusOwner();
        if (owner != searchBox) {
            beforeSearch = owner;
        }
        searchBox.requestFocus();
        searchBox.selectAll();
    }

    private void leaveSearch() {
        Node back = beforeSearch;
        beforeSearch = null;
        if (back != null && back.getScene() == searchBox.getScene() && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
        } else {
            content.requestFocus();
        }
    }

    /** Hands the text to the screen the model has just shown for it. */
    private void searchIn(GlobalSearchViewModel.Request request) {
        if (request == null || current == null || model.selectedProperty().get() != request.screen()) {
            return;
        }
        if (current instanceof Searchable searchable) {
            searchable.search(request.text());
        } else {
            LOG.warn("Screen {} accepts searches but its view cannot take one", request.screen().id());
        }
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : model.navigation()) {
            ToggleButton button = new ToggleButton(screen.title(context));
            button.setId("nav-" + screen.id());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setUserData(screen);
            button.setGraphic(icon(screen.iconLiteral()));
            button.setOnAction(event -> model.selectedProperty().set(screen));
            navigation.getChildren().add(button);
        }
        // the selected button follows the model, and a second click cannot leave nothing selected
        model.selectedProperty().addListener((obs, was, now) -> selectButton(group, now));
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        selectButton(group, model.selectedProperty().get());
    }

    private static void selectButton(ToggleGroup group, Screen screen) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == screen));
    }

    private static FontIcon icon(String literal) {
        try {
            return new FontIcon(literal);
        } catch (RuntimeException e) {
            LOG.warn("Unknown navigation icon {}", literal);
            return null;
        }
    }

    private void show(Screen screen) {
        disposeCurrent();
        if (screen == null) {
            return;
        }
        try {
            current = screen.open(context);
            content.getChildren().setAll(current.root());
        } catch (RuntimeException e) {
            // one broken screen must not take the window down; the others stay usable
            LOG.error("Screen {} could not be opened: {}", screen.id(), ErrorReporter.describe(e));
            content.getChildren().setAll(unavailable());
        }
    }

    private VBox unavailable() {
        Label title = new Label(common.getString("screen.unavailable"));
        title.getStyleClass().add("title-4");
        Label detail = new Label(common.getString("screen.unavailableDetail"));
        detail.getStyleClass().add("text-muted");
        VBox box = new VBox(title, detail);
        box.setId("screen-unavailable");
        box.getStyleClass().add("screen-unavailable");
        return box;
    }

    private void disposeCurrent() {
        ScreenView leaving = current;
        current = null;
        content.getChildren().clear();
        if (leaving != null) {
            try {
                leaving.dispose();
            } catch (RuntimeException e) {
                LOG.error("Screen could not be disposed cleanly: {}", ErrorReporter.describe(e));
            }
        }
    }

    /** Disposes the open screen and takes its nodes out of the window (lock, sign-out, exit). */
    public void dispose() {
        disposeCurrent();
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void search() { model.search().submit(); }
    @FXML private void lockNow() { model.lockNow(); }
    @FXML private void signOut() { model.signOut(); }
    @FXML private void exit() { model.exit(); }
    @FXML private void about() { model.about(); }
    @FXML private void openCaseFile() { model.openCaseFile(); }
    @FXML private void lightTheme() { model.themeProperty().set(Themes.LIGHT); }
    @FXML private void darkTheme() { model.themeProperty().set(Themes.DARK); }
}
