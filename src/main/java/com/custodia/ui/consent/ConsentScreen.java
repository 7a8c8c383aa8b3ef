package com.custodia.ui.consent;

import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Consent &amp; testimonials (promises P1 and P3): consents across everyone with their receipts,
 * campaigns and their contacts, statements with their consent state. Privacy officers do
 * everything here; sales representatives, who record statements, see the lists and edit
 * statement texts, and the services refuse them the rest.
 */
public final class ConsentScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    public static final String FEATURE = "consent";

    @Override
    public String id() {
        return "consent-testimonials";
    }

    @Override
    public String title(ScreenContext context) {
        // the page says "Consent & testimonials"; the navigation has room for a short word only
        return context.views().bundle(FEATURE).getString("nav.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2m-message-draw";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.CONSENT_MANAGE) || principal.may(Permission.STATEMENT_RECORD);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        Services services = context.services();
        ConsentText text = new ConsentText(context.views().bundle(FEATURE), context.clock());
        ConsentsViewModel consents = new ConsentsViewModel(services.consents(), services.consentReceipts(),
                services.policyVersions(), context.principal(), context.executor(), context.dialogs(), text);
        CampaignsViewModel campaigns = new CampaignsViewModel(services.campaigns(), context.principal(),
                context.executor(), context.dialogs(), text);
        StatementsViewModel statements = new StatementsViewModel(services.statements(), context.principal(),
                context.executor(), context.dialogs(), text);
        ConsentTestimonialsView view = new ConsentTestimonialsView(consents, campaigns, statements, text,
                context.views());
        consents.refresh();
        campaigns.refresh();
        statements.refresh();
        return view;
    }
}
