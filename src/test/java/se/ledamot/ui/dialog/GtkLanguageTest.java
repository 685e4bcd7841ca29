package se.ledamot.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** GTK's file chooser follows the window's language: LANGUAGE in the process's environment says it. */
class GtkLanguageTest {
    @Test
    void languageIsTheWindowsLanguageForTheSystemsDialogs() throws Throwable {
        assumeTrue(GtkLanguage.isLinux(), "only Linux has GTK dialogs");
        String before = GtkLanguage.current().orElse(null);
        try {
            GtkLanguage.follow(Locale.forLanguageTag("sv-SE"));
            assertThat(GtkLanguage.current()).contains("sv");
            GtkLanguage.follow(Locale.ENGLISH);
            assertThat(GtkLanguage.current()).contains("en");
        } finally {
            GtkLanguage.follow(Locale.forLanguageTag(before == null ? "sv" : before));
        }
    }
}
