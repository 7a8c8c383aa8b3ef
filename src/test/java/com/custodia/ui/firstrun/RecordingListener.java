package com.custodia.ui.firstrun;

import java.util.ArrayList;
import java.util.List;

/** Records where the first-run screen led: the user name handed to sign-in ("null" for none), or "back". */
final class RecordingListener implements FirstRunViewModel.Listener {

    final List<String> signIns = new ArrayList<>();

    @Override
    public void opened(String username) {
        signIns.add(String.valueOf(username));
    }

    @Override
    public void back() {
        signIns.add("back");
    }
}
