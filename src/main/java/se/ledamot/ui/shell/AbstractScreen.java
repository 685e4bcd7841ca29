package se.ledamot.ui.shell;

import javafx.scene.Node;
import se.ledamot.l10n.Localization;

/**
 * What every screen repeats: its id, its title from a bundle, and its view built once, the first time the window
 * shows it. A screen says only how to build its view and what to do when shown or left.
 */
public abstract class AbstractScreen implements Screen {
    private final String id;
    private final String titleKey;
    private Node view;

    /** @param titleKey the bundle key of the name in the navigation */
    protected AbstractScreen(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return Localization.get(titleKey);
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    /** Builds the view; called once. */
    protected abstract Node build();

    /** Whether the view has been built: a screen never shown has no typing to save. */
    protected final boolean isBuilt() {
        return view != null;
    }
}
