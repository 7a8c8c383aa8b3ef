package com.custodia.ui.importing;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;

/**
 * "Import persons": the CSV import wizard as its own navigation entry (docs/decisions/0018).
 * Offered to operators who may import persons (privacy officers and administrators); the
 * service checks again on every call.
 */
public final class ImportScreen implements Screen {

    /** Feature name of the FXML folder and the resource bundle. */
    static final String FEATURE = "importing";

    @Override
    public String id() {
        return "import-persons";
    }

    @Override
    public String title(ScreenContext context) {
        return context.views().bundle(FEATURE).getString("screen.title");
    }

    @Override
    public String iconLiteral() {
        return "mdi2f-file-import";
    }

    @Override
    public boolean visibleTo(Principal principal) {
        return principal.may(Permission.PERSON_IMPORT);
    }

    @Override
    public ScreenView open(ScreenContext context) {
        ImportViewModel model = new ImportViewModel(context.services().personImport(), context.principal(),
                context.executor(), context.dialogs(), context.clock(), context.views().bundle(FEATURE),
                ImportOptions.DEFAULT_BATCH_SIZE);
        return new ImportView(model, context.views());
    }
}
