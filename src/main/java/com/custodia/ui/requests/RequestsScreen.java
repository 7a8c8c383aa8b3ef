package com.custodia.ui.requests;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Access and correction requests (DESIGN.md P7, issue 7): the queue by due date, intake, the
 * request as a checklist, the access report before delivery, corrections and their notification
 * tasks, and the request log. Offered to operators who take requests (intake only) or manage them;
 * the services check again on every call.
 */
public final class RequestsScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "requests";

    @Override
    public String id() {
        return "requests";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-clipboard-account";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.REQUEST_INTAKE) || principal.may(Permission.REQUEST_MANAGE);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        RequestsViewModel model = new RequestsViewModel(context.services(), context.principal(), context.executor(),
                context.dialogs(), context.clock(), context.views().bundle(FEATURE));
        RequestsView view = new RequestsView(model, context.views());
        model.refresh();
        return view;
    }
}
