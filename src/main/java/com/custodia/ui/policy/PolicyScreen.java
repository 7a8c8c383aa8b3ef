package com.custodia.ui.policy;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Privacy policy versions (promise P6): every published version, its text, what changed from the
 * one before, and, for privacy officers, publishing a new one. The policy is public, so everyone
 * who works with persons may read it.
 */
public final class PolicyScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "policy";

    @Override
    public String id() {
        return "policy-versions";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2f-file-document-edit-outline";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PERSON_VIEW_NAMES) || principal.may(Permission.POLICY_VERSION_MANAGE);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        PolicyVersionsViewModel model = new PolicyVersionsViewModel(context.services().policyVersions(),
                context.services().consents(), context.principal(), context.executor(), context.dialogs(),
                context.clock(), context.views().bundle(FEATURE));
        PolicyVersionsView view = new PolicyVersionsView(model, context.views());
        model.refresh();
        return view;
    }
}
