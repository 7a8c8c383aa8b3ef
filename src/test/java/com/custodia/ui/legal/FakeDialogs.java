package com.custodia.ui.legal;

import com.custodia.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown, answers confirmations and hands out the files a test queued. */
final class FakeDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> fileChooserTitles = new ArrayList<>();
    volatile boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
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

    /** The next queued file, or a cancelled chooser when none is queued. */
    @Override
    public Optional<Path> chooseFile(String title, Path initial) {
        fileChooserTitles.add(title);
        return Optional.ofNullable(files.poll());
    }
}
