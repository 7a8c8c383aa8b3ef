package com.custodia.app;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.TrustStore;
import com.custodia.ui.casefile.CaseFileWindow;

/** Opens the case file window with the reviewer's pinned keys from this user's Custodia folder. */
final class CaseFileWindows {

    private CaseFileWindows() {
    }

    static void open(AppContext context) {
        TrustStore trust = new TrustStore(context.dirs().config().resolve(TrustStore.FILE_NAME));
        CaseFileWindow.open(() -> new CaseFileReader(trust), context.executor(), context.dialogs(), context.views(),
                context.clock());
    }
}
