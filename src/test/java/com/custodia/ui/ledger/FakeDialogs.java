package com.custodia.ui.ledger;

import com.custodia.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers choosers and confirmations as the test says. */
final class FakeDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    final List<Path> chooserFolders = new ArrayList<>();
    boolean confirmAnswer = true;
    Path chosenFile;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initial) {
        chooserFolders.add(initial);
        return Optional.ofNullable(chosenFile);
    }
}
