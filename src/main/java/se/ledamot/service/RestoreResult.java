package se.ledamot.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup put in place: what it held, where the state it replaced was saved (null when the folder had no database),
 * and what else to tell the user (an upgrade of an older backup).
 */
public record RestoreResult(BackupContents restored, Path savedFirst, List<String> notices) {
}
