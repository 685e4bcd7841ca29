package se.ledamot.store.sync;

import java.util.Set;

/**
 * What one sync did: things sent to the server, new things kept here because only the secretariat registers them
 * (matters, meetings and what hangs on them; told once, never sent), things brought here, conflicts found, things the server refused
 * (all of them waiting), and the local ids of the matters that changed here (for a search index to read again).
 * {@code complete}: it came all the way (not cancelled).
 */
public record SyncReport(int pushed, int kept, int pulled, int conflicts, int refused, Set<Long> changedMatters,
        boolean complete) {
}
