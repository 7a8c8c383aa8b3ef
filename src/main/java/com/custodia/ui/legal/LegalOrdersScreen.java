package com.custodia.ui.legal;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Legal orders (DESIGN.md P4): the list, an order's detail, intake, the privacy officer's
 * decision and the hand-over. Offered to operators who may enter or decide on orders; the
 * service checks again on every call.
 */
public final class LegalOrdersScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "legal";

    @Override
    public String id() {
        return "legal-orders";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2g-gavel";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.LEGAL_ORDER_MANAGE) || principal.may(Permission.LEGAL_ORDER_APPROVE);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        LegalOrdersViewModel model = new LegalOrdersViewModel(context.services().legalOrders(), context.principal(),
                context.executor(), context.dialogs(), context.clock(), context.views().bundle(FEATURE));
        LegalOrdersView view = new LegalOrdersView(model, context.views());
        model.refresh();
        return view;
    }
}
