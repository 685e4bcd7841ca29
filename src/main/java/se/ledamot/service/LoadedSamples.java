package se.ledamot.service;

import java.util.List;
import java.util.Optional;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.importer.ImportItem;

/** What loading the samples stored: the matters, and the sample meeting when one was planned with them. */
public record LoadedSamples(List<ImportItem> matters, Optional<Meeting> meeting) {
}
