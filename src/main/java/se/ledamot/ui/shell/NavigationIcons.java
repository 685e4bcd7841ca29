package se.ledamot.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An icon beside each screen's name in the navigation (Feather, via Ikonli), so a screen is found at a glance. */
final class NavigationIcons {
    private static final Map<String, Ikon> ICONS = Map.of(
            "dashboard", Feather.HOME,
            "register", Feather.FILE_TEXT,
            "meetings", Feather.CALENDAR,
            "group", Feather.USERS,
            "answers", Feather.EDIT_3,
            "debate", Feather.MIC,
            "import", Feather.DOWNLOAD,
            "minutes", Feather.CLIPBOARD,
            "trash", Feather.TRASH_2,
            "settings", Feather.SETTINGS);

    private NavigationIcons() {
    }

    /** The icon for a screen, or null for a screen without one. */
    static Node of(String screenId) {
        Ikon icon = ICONS.get(screenId);
        return icon == null ? null : new FontIcon(icon);
    }
}
