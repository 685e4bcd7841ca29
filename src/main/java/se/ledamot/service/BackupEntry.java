package se.ledamot.service;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup in the backup folder; {@code kind} as in {@link BackupContents}. */
public record BackupEntry(Path file, LocalDateTime made, String kind) {
}
