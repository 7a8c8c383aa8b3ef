package com.custodia.ui.consent;

import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Code-behind of {@code fxml/consent/ConsentTestimonials.fxml}: the screen's header and its three
 * tabs (consents, campaigns, statements), each a view of its own bound to its view model. Actions
 * a role may not take are hidden; the services refuse them all the same.
 */
public final class ConsentTestimonialsView implements ScreenView {

    private final ConsentsViewModel consents;
    private final CampaignsViewModel campaigns;
    private final StatementsViewModel statements;
    private final Parent root;

    @FXML private Node busyBar;

    public ConsentTestimonialsView(ConsentsViewModel consents, CampaignsViewModel campaigns,
                                   StatementsViewModel statements, ConsentText text, ViewLoader views) {
        this.consents = consents;
        this.campaigns = campaigns;
        this.statements = statements;
        this.root = views.load(ConsentScreen.FEATURE, "ConsentTestimonials", this,
                new ConsentsView(consents, text), new CampaignsView(campaigns, text),
                new StatementsView(statements, text), new NewStatementView(statements, text));
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(busyBar, consents.busyProperty().or(campaigns.busyProperty())
                .or(statements.busyProperty()).or(consents.actions().busyProperty()));
    }

    @FXML private void onRefresh() {
        consents.refresh();
        campaigns.refresh();
        statements.refresh();
    }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        consents.dispose();
        campaigns.dispose();
        statements.dispose();
    }
}
