package com.custodia.ui.partners;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * The partner manager's screen (DESIGN.md P2, issue 5): partners, grants with expiry warnings,
 * license lookups with share packages, and each partner's disclosure history. Offered to operators
 * who manage partners; the services check again on every call.
 */
public final class PartnersScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "partners";

    @Override
    public String id() {
        return "partners";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2h-handshake";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PARTNER_MANAGE);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        PartnersViewModel model = new PartnersViewModel(context.services(), context.principal(), context.executor(),
                context.dialogs(), context.clock(), context.views().bundle(FEATURE));
        PartnersView view = new PartnersView(model, context.views());
        model.refresh();
        return view;
    }
}
