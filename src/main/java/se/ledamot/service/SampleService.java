package se.ledamot.service;

import java.util.List;
import se.ledamot.importer.ImportItem;
import se.ledamot.store.SampleData;

/** The sample matters and sample meeting a new user starts with, and removing them again. */
public final class SampleService {
    private final SampleData samples;

    SampleService(SampleData samples) {
        this.samples = samples;
    }

    /** Loads the samples into a new, empty database (once per database); the matters stored, or none. */
    public List<ImportItem> loadIfNew() {
        return samples.loadIfNew();
    }

    /** Loads the samples now, with the sample meeting; a sample already stored is not stored twice. */
    public LoadedSamples load() {
        SampleData.Loaded loaded = samples.loadWithMeeting();
        return new LoadedSamples(loaded.matters(), loaded.meeting());
    }

    /** Deletes the sample meeting and moves the sample matters to the trash; returns how many matters. */
    public int remove() {
        return samples.remove();
    }
}
