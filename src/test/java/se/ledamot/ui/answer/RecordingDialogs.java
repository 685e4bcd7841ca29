package se.ledamot.ui.answer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.ledamot.ui.dialog.DialogService;

/** A dialog service that answers questions as told and remembers what it was asked to show. */
public final class RecordingDialogs implements DialogService {
    public final List<Path> opened = new ArrayList<>();
    public final List<String> shown = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();
    public boolean answerYes = true;

    @Override
    public void showError(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        shown.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add(message);
        return answerYes;
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, String... extensions) {
        return List.of();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterName,
            String... extensions) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    @Override
    public void openWithSystem(Path file) {
        opened.add(file);
    }

    @Override
    public void notify(String message) {
        shown.add(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        shown.add(message);
    }
}
