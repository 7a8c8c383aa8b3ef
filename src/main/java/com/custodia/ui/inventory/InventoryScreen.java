package com.custodia.ui.inventory;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * The data inventory (promise P8). It holds no personal data, only what kinds are kept where and
 * who sees them, so it is offered to everyone who works with persons: the same permission the
 * service checks (docs/decisions/0018).
 */
public final class InventoryScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "inventory";

    @Override
    public String id() {
        return "data-inventory";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2d-database-eye";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PERSON_VIEW_NAMES);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        InventoryViewModel model = new InventoryViewModel(context.services().inventory(), context.principal(),
                context.executor(), context.dialogs(), context.clock(), context.views().bundle(FEATURE),
                context.views().bundle("common"));
        InventoryView view = new InventoryView(model, context.views());
        model.refresh();
        return view;
    }
}
