package com.custodia.ui.people;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * People (DESIGN.md section 8): search and browse every person held, and see, edit and merge one.
 * Offered to every operator who may see at least names; what each role sees of a person is the
 * services' decision. It takes the main window's search box (Ctrl+K).
 */
public final class PeopleScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "people";

    @Override
    public String id() {
        return "people";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2a-account-multiple";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PERSON_VIEW_NAMES);
    }

    @Override
    public boolean acceptsSearch() {
        return true;
    }

    @Override
    public ScreenView open(ScreenContext context) {
        PeopleText text = new PeopleText(context.views().bundle(FEATURE));
        PeopleViewModel model = new PeopleViewModel(context.services().personListings(),
                PeopleServices.of(context.services()), context.principal(), context.executor(), context.dialogs(), text,
                context.clock());
        PeopleView view = new PeopleView(model, text, context.views(), context.clock());
        model.search();
        return view;
    }
}
