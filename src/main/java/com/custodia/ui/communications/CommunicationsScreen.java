package com.custodia.ui.communications;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * Communications (DESIGN.md section 8; promises P9 and P10): who the vendor may email, class by
 * class, and the mailing list for those who may receive one. Counting reads every person's kind,
 * address, choices and points of contact, so it is offered to the roles that see contact data,
 * the permission the service checks.
 */
public final class CommunicationsScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "communications";

    @Override
    public String id() {
        return "communications";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2e-email-multiple-outline";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PERSON_VIEW);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        CommunicationsText text = new CommunicationsText(context.views().bundle(FEATURE));
        CommunicationsViewModel model = new CommunicationsViewModel(context.services().mailingLists(),
                context.principal(), context.executor(), context.dialogs(), context.clock(), text);
        CommunicationsView view = new CommunicationsView(model, text, context.views());
        model.open();
        return view;
    }
}
