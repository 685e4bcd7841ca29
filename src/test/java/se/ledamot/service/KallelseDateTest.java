package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;

/**
 * The day a kallelse is dated (5 kap. 11-12 §§ kommunallagen: sent within the week the anslag must be up): the day
 * the meeting was posted when the secretary recorded it, else today while the posting is not yet due, else the last
 * day it lawfully went out; never the meeting's own day unless that is what was recorded. Today is 22 November 2026.
 */
class KallelseDateTest {
    @TempDir
    Path folder;

    private Ledamot app;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aHeldMeetingWithNoPostingDayIsDatedTheLastDayTheLawAllowedNotTheMeetingDay() throws Exception {
        long held = meeting("2026-11-16", null);

        assertThat(issued(held)).isEqualTo("2026-11-09");
        assertThat(PaperServiceTest.text(app.papers().kallelse(held))).contains("Datum 9 november 2026")
                .doesNotContain("Datum 16 november 2026");
    }

    @Test
    void aHeldMeetingIsDatedTheDayItWasPosted() {
        assertThat(issued(meeting("2026-11-16", "2026-11-04"))).isEqualTo("2026-11-04");
        assertThat(issued(meeting("2026-10-12", "2026-10-12"))).as("the meeting day when that is recorded")
                .isEqualTo("2026-10-12");
    }

    @Test
    void aComingMeetingIsIssuedTodayUntilItsPostingIsDue() throws Exception {
        assertThat(issued(meeting("2026-12-14", null))).isEqualTo("2026-11-22");
        long postedLater = meeting("2026-12-15", "2026-12-04");
        assertThat(issued(postedLater)).as("sent before the anslag goes up").isEqualTo("2026-11-22");
        assertThat(PaperServiceTest.text(app.papers().kallelse(postedLater)))
                .contains("tillkännages på kommunens anslagstavla den 4 december 2026");
    }

    @Test
    void aComingMeetingWhosePostingDayHasPassedUnrecordedIsDatedThatDay() {
        assertThat(issued(meeting("2026-11-26", null))).isEqualTo("2026-11-19");
        assertThat(issued(meeting("2026-11-27", "2026-11-18"))).isEqualTo("2026-11-18");
    }

    private long meeting(String day, String postedOn) {
        Meeting m = app.meetings().add(Meeting.planned("KF", LocalDate.parse(day)));
        if (postedOn != null) {
            app.meetings().save(m.withPostedOn(LocalDate.parse(postedOn)));
        }
        return m.id();
    }

    private String issued(long meetingId) {
        return app.papers().papers(meetingId).issued().toString();
    }
}
