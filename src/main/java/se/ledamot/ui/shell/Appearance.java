package se.ledamot.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import se.ledamot.l10n.Localization;

/**
 * Light or dark: AtlantaFX's Primer theme under Ledamot's own stylesheet, which uses only the theme's colour names
 * (-color-…) so that both themes need one stylesheet. The choice is made under Visa › Tema and kept in
 * {@link Preferences}, so the next start looks the same.
 */
public final class Appearance {
    static final String THEME = "theme";

    /** The themes a user can choose; the name is what the preferences keep. */
    public enum Theme {
        LIGHT(new PrimerLight().getUserAgentStylesheet(), "ui.menu.view.theme.light"),
        DARK(new PrimerDark().getUserAgentStylesheet(), "ui.menu.view.theme.dark");

        private final String stylesheet;
        private final String label;

        Theme(String stylesheet, String label) {
            this.stylesheet = stylesheet;
            this.label = label;
        }

        public String stylesheet() {
            return stylesheet;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public Appearance(Preferences node) {
        theme.set(read(node.get(THEME, Theme.LIGHT.name())));
        theme.addListener((o, was, now) -> {
            node.put(THEME, now.name());
            apply();
        });
    }

    /** The user's own choice, kept beside the other Ledamot preferences. */
    public static Appearance forUser() {
        return new Appearance(Preferences.userRoot().node("se/ledamot/appearance"));
    }

    /** Makes the chosen theme the look of every window and dialog (on the FX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(theme.get().stylesheet());
    }

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    /** Visa › Tema: one radio item per theme, the current one checked. */
    public Menu menu() {
        Menu menu = new Menu(Localization.get("ui.menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Localization.get(t.label));
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(t == theme.get());
            item.setOnAction(e -> theme.set(t));
            theme.addListener((o, was, now) -> item.setSelected(now == t));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Theme read(String name) {
        for (Theme t : Theme.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return Theme.LIGHT;
    }
}
