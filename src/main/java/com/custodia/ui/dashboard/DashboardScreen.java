package com.custodia.ui.dashboard;

import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/** Placeholder until the dashboard lands; replaced by the real screen. */
public final class DashboardScreen implements Screen {
    @Override public String id() { return "dashboard"; }
    @Override public String title(ScreenContext context) { return "Dashboard"; }
    @Override public String iconLiteral() { return "mdi2v-view-dashboard"; }
    @Override public boolean visibleTo(Principal principal) { return true; }
    @Override public ScreenView open(ScreenContext context) { throw new UnsupportedOperationException("not yet"); }
}
