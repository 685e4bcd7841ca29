package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;

/**
 * Issue 16.5 in the meetings form: the meeting in the form was changed by someone else since it was filled (another
 * window on the shared server; the store's side with two logins on PostgreSQL is StaleMeetingTest). Spara keeps the
 * other's field, asks for the field both changed, and stores the choice.
 */
class StaleMeetingFormTest {
    @TempDir
    Path folder;

    private TestContext test;
    private MeetingsViewModel vm;
    private Meeting meeting;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void aMeetingInTheForm() {
        test = new TestContext(folder);
        meeting = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14"))
                .withPlace("Stadshuset"));
        vm = new MeetingsViewModel(test.context);
        vm.setOnConflicts(asked::add);
        vm.reload();
        vm.selectedProperty().set(vm.meetings().getFirst());
        // Someone else saves the same meeting meanwhile.
        Meeting theirs = test.services.meetings().require(meeting.id());
        test.services.meetings().save(theirs, theirs.withPlace("Folkets hus").withStatus(MeetingStatus.HELD));
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theOthersFieldStaysAndTheSameFieldIsAskedThenTheChoiceIsStored() {
        vm.placeProperty().set("Biblioteket");
        vm.dateProperty().set("2026-12-15");
        vm.save();

        Meeting stored = test.services.meetings().require(meeting.id());
        assertThat(stored.place()).isEqualTo("Folkets hus");
        assertThat(stored.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(stored.date()).isEqualTo(LocalDate.parse("2026-12-15"));
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("place");
            assertThat(c.theirs()).isEqualTo("Folkets hus");
            assertThat(c.mine()).isEqualTo("Biblioteket");
        }));
        // The form keeps what was typed in the field asked about, and shows the other's status.
        assertThat(vm.placeProperty().get()).isEqualTo("Biblioteket");
        assertThat(vm.statusProperty().get()).isEqualTo(MeetingStatus.HELD);

        vm.choose(asked.getFirst().getFirst(), Resolution.MINE, () -> { });
        assertThat(test.services.meetings().require(meeting.id()).place()).isEqualTo("Biblioteket");
        assertThat(test.services.meetings().require(meeting.id()).status()).isEqualTo(MeetingStatus.HELD);
        assertThat(asked).hasSize(1);
    }

    @Test
    void choosingTheOthersValuePutsItInTheForm() {
        vm.placeProperty().set("Biblioteket");
        vm.save();

        vm.choose(asked.getFirst().getFirst(), Resolution.THEIRS, () -> { });

        assertThat(vm.placeProperty().get()).isEqualTo("Folkets hus");
        assertThat(test.services.meetings().require(meeting.id()).place()).isEqualTo("Folkets hus");
    }
}
