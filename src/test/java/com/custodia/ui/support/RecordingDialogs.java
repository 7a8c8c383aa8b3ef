package com.custodia.ui.support;

import com.custodia.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that opens nothing: it records what would have been shown and answers as told. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public Path nextDirectory;
    public Path nextFile;
    public boolean confirmAnswer = true;

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        return Optional.ofNullable(nextDirectory);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initial) {
        return Optional.ofNullable(nextFile);
    }
}
