package se.ledamot.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.service.RestoreResult;

/** What the window says after a restore. */
class RecoveryTest {
    @Test
    void aRestoreSaysWhereTheStateItReplacedWentAndWhyWhenTheStickIsOut() {
        Path saved = Path.of("/data/säkerhetskopior/ledamot-2026-12-01-080000-fore-aterstallning.zip");
        String detour = "Säkerhetskopian sparades på datorn, i " + saved + ", eftersom mappen /media/usb/ledamot inte"
                + " finns just nu: USB-minnet (eller disken) som den ligger på sitter inte i.";

        String told = Recovery.told(new RestoreResult(null, saved, List.of(detour)));

        assertThat(told).startsWith("Säkerhetskopian är återställd. Det som fanns innan sparades i " + saved)
                .endsWith(detour);
    }
}
