package com.custodia.ui.ledger;

import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * The disclosure ledger: entries with filters and detail, verification, accountings and person
 * exports. Offered to operators who may read the whole ledger or verify it (privacy officers,
 * administrators), and to sales representatives, who see the entries about their own customers
 * only (decision 0028); the services decide again on every call.
 */
public final class LedgerScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "ledger";

    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2b-book-lock";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.LEDGER_READ_ALL) || principal.may(Permission.LEDGER_READ_OWN)
                || principal.may(Permission.LEDGER_VERIFY);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        Services services = context.services();
        LedgerViewModel model = new LedgerViewModel(services.ledgerReader(), services.accounting(),
                services.personExport(), context.principal(), context.executor(), context.dialogs(), context.clock(),
                context.views().bundle(FEATURE));
        LedgerView view = new LedgerView(model, context.views());
        model.refresh();
        return view;
    }
}
