package se.ledamot.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a backup holds, shown before it is restored.
 *
 * @param kind why it was made ({@code dag}, {@code fore-uppgradering}, {@code fore-aterstallning}, {@code manuell}),
 *         or null for one made by other means
 * @param newestTitle the title of the matter added last, or null when there is none
 * @param newestAdded the day it was added, or null
 */
public record BackupContents(Path file, Instant made, String kind, boolean isProtected, int matters, int trashed,
        int meetings, int positions, int answerVersions, int attachments, String newestTitle, LocalDate newestAdded) {
}
