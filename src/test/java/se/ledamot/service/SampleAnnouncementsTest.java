package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;

/**
 * The walk of session 16: the samples' held council meeting announced the motion handed in four months before, as it
 * was the year's first council meeting on record. A motion or interpellation is announced at the council's first
 * meeting after it was handed in (5 kap. 22 and 59 §§ kommunallagen): in the samples the motion at a meeting soon
 * after it came in, the held meeting announcing only the interpellation asked there.
 */
class SampleAnnouncementsTest {
    @TempDir
    Path folder;

    @Test
    void eachSampleSubmissionIsAnnouncedOnceAtTheFirstCouncilMeetingAfterItCameIn() {
        Clock firstStart = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
        try (Ledamot app = Ledamot.open(folder, firstStart)) {
            app.samples().load();
            List<Meeting> meetings = app.meetings().list().stream().sorted(Comparator.comparing(Meeting::date))
                    .toList();
            Meeting held = meetings.get(meetings.size() - 2);
            assertThat(app.papers().papers(held.id()).newSubmissions()).extracting(Matter::kind)
                    .containsExactly(MatterKind.INTERPELLATION);
            Matter motion = app.matters().list().stream().filter(m -> m.kind() == MatterKind.MOTION).findFirst()
                    .orElseThrow();
            long announced = meetings.stream()
                    .filter(m -> app.papers().papers(m.id()).newSubmissions().stream()
                            .anyMatch(x -> x.id().equals(motion.id())))
                    .count();
            assertThat(announced).isEqualTo(1);
        }
    }
}
