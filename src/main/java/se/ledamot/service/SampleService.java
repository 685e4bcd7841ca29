package se.ledamot.service;

import java.util.List;
import se.ledamot.importer.ImportItem;
import se.ledamot.store.SampleData;

/** The sample matters and sample meeting a new user starts with, and removing them again. */
public final class SampleService {
    private final SampleData samples;
    private final boolean dataFolder;

    /** @param dataFolder false on a shared server: the council's database, where no samples are offered */
    SampleService(SampleData samples, boolean dataFolder) {
        this.samples = samples;
        this.dataFolder = dataFolder;
    }

    /**
     * Loads the samples into a new, empty data folder (once per folder); the matters stored, or none. Never on a
     * shared server: its matters are the secretariat's, and a member may not write them.
     */
    public List<ImportItem> loadIfNew() {
        return dataFolder ? samples.loadIfNew() : List.of();
    }

    /** Loads the samples now, with the sample meeting; a sample already stored is not stored twice. */
    public LoadedSamples load() {
        SampleData.Loaded loaded = samples.loadWithMeeting();
        return new LoadedSamples(loaded.matters(), loaded.meeting());
    }

    /**
     * Whether samples belong here at all: in a data folder (or a laptop's copy of a server) yes; on a shared server
     * they are never loaded, so removing them is not offered either.
     */
    public boolean offered() {
        return dataFolder;
    }

    /** Deletes the sample meeting and moves the sample matters to the trash; returns how many matters. */
    public int remove() {
        return samples.remove();
    }
}
