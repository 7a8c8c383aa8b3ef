package com.custodia.ui.dashboard;

import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/** The first screen after sign-in, for every operator: where the data lives and who is signed in. */
public final class DashboardScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "dashboard";

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2v-view-dashboard";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return true;
    }

    @Override
    public ScreenView open(ScreenContext context) {
        Services services = context.services();
        DashboardViewModel model = new DashboardViewModel(services.profile(), services.info(), context.principal(),
                services.people(), services.securityEvents(), context.executor(), context.clock(),
                context.views().bundle(FEATURE));
        DashboardView view = new DashboardView(model, context.views());
        model.load();
        return view;
    }
}
