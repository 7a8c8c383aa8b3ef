package com.custodia.ui.admin;

import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Administration: operator accounts, the security log and backups. Offered to operators who may
 * manage accounts, read the log or back up; the services check again on every call.
 */
public final class AdministrationScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "admin";

    @Override
    public String id() {
        return "administration";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2s-shield-account";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.OPERATOR_MANAGE) || principal.may(Permission.SECURITY_EVENTS_VIEW)
                || principal.may(Permission.BACKUP);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        Services services = context.services();
        AdministrationViewModel model = new AdministrationViewModel(services.operators(), services.securityEvents(),
                context.principal(), context.executor(), context.dialogs(), context.views().bundle(FEATURE));
        AdminText text = new AdminText(context.views().bundle(FEATURE));
        BackupViewModel backup = new BackupViewModel(services.backups(), context.principal(), context.executor(),
                context.dialogs(), text, new FailureReporter(context.dialogs(), text.get("error.title")));
        AdministrationView view = new AdministrationView(model, backup, context.views());
        model.refresh();
        return view;
    }
}
