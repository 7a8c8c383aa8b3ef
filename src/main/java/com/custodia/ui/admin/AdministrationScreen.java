package com.custodia.ui.admin;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/** Placeholder until the administration screen lands; replaced by the real screen. */
public final class AdministrationScreen implements Screen {
    @Override public String id() { return "administration"; }
    @Override public String title(ScreenContext context) { return "Administration"; }
    @Override public String iconLiteral() { return "mdi2s-shield-account"; }
    @Override public boolean visibleTo(Principal principal) {
        return principal.may(Permission.OPERATOR_MANAGE) || principal.may(Permission.SECURITY_EVENTS_VIEW);
    }
    @Override public ScreenView open(ScreenContext context) { throw new UnsupportedOperationException("not yet"); }
}
