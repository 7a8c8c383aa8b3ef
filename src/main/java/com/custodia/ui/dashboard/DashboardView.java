package com.custodia.ui.dashboard;

import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import atlantafx.base.controls.Tile;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Code-behind of {@code fxml/dashboard/Dashboard.fxml}: shows {@link DashboardViewModel}. */
public final class DashboardView implements ScreenView {

    private final DashboardViewModel model;
    private final Parent root;

    @FXML private Label connection;
    @FXML private Label workspaceId;
    @FXML private Label created;
    @FXML private Label demoBadge;
    @FXML private Label operatorName;
    @FXML private Label operatorUsername;
    @FXML private Label roles;
    @FXML private Node personsCard;
    @FXML private Label personCount;
    @FXML private Node failuresCard;
    @FXML private Tile failuresTile;
    @FXML private Label failedSignIns;
    @FXML private Label problem;

    public DashboardView(DashboardViewModel model, ViewLoader views) {
        this.model = model;
        this.root = views.load(DashboardScreen.FEATURE, "Dashboard", this);
    }

    @FXML
    private void initialize() {
        connection.setText(model.connection());
        // a long folder path is cut at its start; the whole of it is one hover away
        connection.setTooltip(new Tooltip(model.connection()));
        workspaceId.setText(model.workspaceId());
        created.setText(model.created());
        show(demoBadge, model.demo());
        operatorName.setText(model.operatorName());
        operatorUsername.setText(model.operatorUsername());
        roles.setText(model.roles());
        // figures the operator may not see are left out, not shown empty
        show(personsCard, model.showsPersonCount());
        show(failuresCard, model.showsFailedSignIns());
        failuresTile.setDescription(model.failedSignInsCaption());
        personCount.textProperty().bind(model.personCountProperty());
        failedSignIns.textProperty().bind(model.failedSignInsProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
