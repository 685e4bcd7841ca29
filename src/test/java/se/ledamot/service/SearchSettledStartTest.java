package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;
import se.ledamot.search.SearchQuery;

/**
 * A program that starts on a register nobody changed since the index last looked, well after the newest change,
 * searches without re-indexing anything (the index is not written); a change made after that is still found.
 */
class SearchSettledStartTest {
    private static final Instant GENERATED = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aStartOnASettledRegisterWritesNothingToTheIndexAndLaterChangesAreStillFound() throws Exception {
        try (Ledamot app = Ledamot.open(folder, at(0))) {
            app.generate().generate(200, 3, n -> { }, n -> { });
        }
        // Minutes after the last change a program searches (the generated index is current already, see below).
        try (Ledamot app = Ledamot.open(folder, at(10))) {
            assertThat(matters(app, "integrationsplanen")).isNotEmpty();
        }
        List<String> files = indexFiles();
        try (Ledamot app = Ledamot.open(folder, at(20))) {
            assertThat(matters(app, "integrationsplanen")).isNotEmpty();
        }
        assertThat(indexFiles()).as("nothing re-indexed or committed").isEqualTo(files);
        long added;
        try (Ledamot app = Ledamot.open(folder, at(30))) {
            added = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om Lillsjöns vindkraftspark")
                    .build()).id();
        }
        try (Ledamot app = Ledamot.open(folder, at(40))) {
            assertThat(matters(app, "Lillsjöns")).containsExactly(added);
        }
    }

    /**
     * The generator is the only writer of the folder it fills, so the index it builds at the end holds every change:
     * the first search on the new folder, a minute later, re-indexes nothing (at 100 000 matters it re-read every
     * matter of the generator's day and every meeting of theirs: 13 s of CPU instead of 5).
     */
    @Test
    void theFirstSearchOnAFreshlyGeneratedFolderWritesNothingToTheIndex() throws Exception {
        try (Ledamot app = Ledamot.open(folder, at(0))) {
            app.generate().generate(4000, 15, n -> { }, n -> { });
        }
        List<String> files = indexFiles();
        try (Ledamot app = Ledamot.open(folder, at(1))) {
            assertThat(matters(app, "integrationsplanen")).isNotEmpty();
        }
        assertThat(indexFiles()).as("nothing re-indexed or committed").isEqualTo(files);
    }

    private static Clock at(int minutes) {
        return Clock.fixed(GENERATED.plusSeconds(60L * minutes), ZoneOffset.UTC);
    }

    private static List<Long> matters(Ledamot app, String text) {
        return app.search().search(SearchQuery.of(text, 50).withTypes(Set.of(HitType.MATTER))).stream()
                .map(Hit::id).toList();
    }

    private List<String> indexFiles() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve(SearchService.FOLDER))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("write.lock")).sorted()
                    .toList();
        }
    }
}
