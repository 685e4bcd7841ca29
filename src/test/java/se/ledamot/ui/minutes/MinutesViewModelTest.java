package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.Body;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Minutes;
import se.ledamot.domain.papers.BodyPapers;
import se.ledamot.domain.papers.PaperSettings;
import se.ledamot.ui.TestContext;
import se.ledamot.service.Ledamot;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;

/**
 * The Protokoll screen over a disk that answers only when the test says so: reads and writes wait in the screen's
 * lane, land in the order given, and a failed write keeps what was typed and says why.
 */
class MinutesViewModelTest extends MinutesOnAWaitingDisk {
    @Test
    void theMeetingIsReadInTheBackgroundAndShownWhenItAnswers() {
        vm.loadMeetings();
        assertThat(vm.meetings()).isEmpty();
        disk.runAll();
        assertThat(vm.meeting().get()).isEqualTo(kf);
        assertThat(vm.settings().council().get()).isEqualTo("Stenungsunds kommun");
        assertThat(vm.settings().chair().get()).isEqualTo("Åsa Öst (S)");
        assertThat(vm.entries()).isNotEmpty();
    }

    /** The walk of session 13: after a restart Protokoll opened on November's meeting, not the one she worked on. */
    @Test
    void theMeetingLastWorkedOnIsChosenAgainAfterARestart() {
        Meeting december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        opened();
        assertThat(vm.meeting().get()).as("nothing kept, no minutes begun: the latest held").isEqualTo(kf);
        vm.meeting().set(december);
        disk.runAll();

        MinutesViewModel again = new MinutesViewModel(test.contextOn(disk));
        again.loadMeetings();
        disk.runAll();
        assertThat(again.meeting().get()).isEqualTo(december);
    }

    /**
     * The meeting kept belongs to the data folder: kept in the user's preferences, a second folder opened Protokoll on
     * whatever meeting of its own had the first folder's meeting's id.
     */
    @Test
    void theMeetingLastWorkedOnBelongsToTheDataFolder(@TempDir Path other) {
        Meeting december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        opened();
        vm.meeting().set(december);
        disk.runAll();

        try (Ledamot second = Ledamot.open(other, TestContext.CLOCK)) {
            Meeting held = second.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-05")));
            Meeting sameId = second.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-03-01")));
            assertThat(sameId.id()).as("the second folder has a meeting with the first's id").isEqualTo(december.id());
            // The same user on the same computer: the same preferences.
            MinutesViewModel there = new MinutesViewModel(new AppContext(second, test.dialogs, disk,
                    () -> test.debouncer, new WriterPreferences(test.preferencesNode)));
            there.loadMeetings();
            disk.runAll();
            assertThat(there.meeting().get()).as("nothing kept there: its latest held").isEqualTo(held);
        }
    }

    @Test
    void withNoMeetingKeptTheMinutesBeingWrittenAreChosen() {
        Meeting december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        Meeting january = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2027-01-25")));
        test.services.papers().saveMinutes(test.services.papers().minutes(december.id())
                .withTimes(LocalTime.of(18, 0), null));

        opened();
        assertThat(vm.meeting().get()).isEqualTo(december).isNotEqualTo(january);
    }

    @Test
    void savesWaitForTheDiskAndLandInTheOrderGiven() {
        opened();
        vm.form().opened().set("18.00");
        assertThat(vm.saveMeeting()).isTrue();
        vm.form().closed().set("19.30");
        assertThat(vm.saveMeeting()).isTrue();
        assertThat(test.services.papers().minutes(kf.id()).opened()).isNull();
        assertThat(disk.waiting()).isEqualTo(2);

        disk.runAll();
        assertThat(test.services.papers().minutes(kf.id()).opened()).isEqualTo(LocalTime.of(18, 0));
        assertThat(test.services.papers().minutes(kf.id()).closed()).isEqualTo(LocalTime.of(19, 30));
        assertThat(vm.status().get()).isEqualTo("Protokollet är sparat.");
        assertThat(vm.error().get()).isEmpty();
    }

    @Test
    void aTimeThatIsNoTimeIsRefusedAtOnceAndNothingIsHandedOver() {
        opened();
        vm.form().opened().set("kvart i sju");
        assertThat(vm.saveMeeting()).isFalse();
        assertThat(disk.waiting()).isZero();
        assertThat(vm.error().get()).contains("kvart i sju");
    }

    @Test
    void aFailedWriteKeepsWhatWasTypedAndSaysWhyInSwedish() {
        opened();
        vm.form().adjusters().set("Jan Alexandersson (V)");
        vm.saveMeeting();
        test.services.close();
        disk.runAll();
        assertThat(vm.error().get()).startsWith("Protokollet kunde inte sparas:");
        assertThat(vm.form().adjusters().get()).isEqualTo("Jan Alexandersson (V)");
        assertThat(vm.status().get()).isEmpty();
    }

    @Test
    void anAttendeeIsShownAtOnceAndTheFormEmptiedOnceStored() {
        opened();
        vm.attendance().name().set("Åsa Öst (S)");
        vm.attendance().add();
        assertThat(vm.attendance().list()).hasSize(1);
        assertThat(vm.attendance().name().get()).isEqualTo("Åsa Öst (S)");

        disk.runAll();
        assertThat(vm.attendance().name().get()).isEmpty();
        assertThat(test.services.papers().minutes(kf.id()).attendance().attendees()).hasSize(1);
    }

    @Test
    void theSeatsAreFetchedInTheLaneAndStored() {
        opened();
        vm.attendance().fillFromSeats();
        assertThat(vm.attendance().list()).isEmpty();
        disk.runAll();
        assertThat(vm.attendance().list()).extracting(a -> a.person().display())
                .containsExactly("Åsa Öst (S)", "Jan Alexandersson (V)");
        assertThat(test.services.papers().minutes(kf.id()).attendance().attendees()).hasSize(2);
    }

    /**
     * The walk (round 20): a body with no seats, and Hämta ledamöter said so in the screen's message line, which the
     * next save emptied before she had read it. What the fetch found stays beside it until the attendance changes.
     */
    @Test
    void whatTheFetchFoundStaysOverTheNextSave() {
        Body council = test.services.bodies().list().stream().filter(b -> b.code().equals("KF")).findFirst()
                .orElseThrow();
        test.services.papers().saveSettings(PaperSettings.empty().withBody(BodyPapers.defaults(council)));
        opened();
        vm.attendance().fillFromSeats();
        disk.runAll();
        assertThat(vm.attendance().fetched().get()).startsWith("Inga ledamöter är inlagda för KF");
        vm.saveMeeting();
        disk.runAll();
        assertThat(vm.attendance().fetched().get()).as("after the save")
                .startsWith("Inga ledamöter är inlagda för KF");
        vm.attendance().name().set("Åsa Öst (S)");
        vm.attendance().add();
        disk.runAll();
        assertThat(vm.attendance().fetched().get()).as("once she adds who was there").isEmpty();
    }

    @Test
    void theSettingsAreStoredInTheLaneAndAFailureKeepsThem() {
        opened();
        vm.settings().webcast().set("stenungsund.se/webbtv");
        boolean[] saved = new boolean[1];
        assertThat(vm.settings().save(() -> saved[0] = true)).isTrue();
        assertThat(saved[0]).isFalse();
        disk.runAll();
        assertThat(saved[0]).isTrue();
        assertThat(vm.settings().status().get()).isEqualTo("Inställningarna är sparade.");

        vm.settings().minutesKept().set("Kommunledningskontoret");
        vm.settings().save(() -> { });
        test.services.close();
        disk.runAll();
        assertThat(vm.error().get()).startsWith("Inställningarna kunde inte sparas:");
        assertThat(vm.settings().minutesKept().get()).isEqualTo("Kommunledningskontoret");
    }

    /**
     * The secretary's walk (session 9): the chair the body's settings name stands in the form of a meeting with no
     * minutes yet; once the seats were fetched (or anything saved) the chair and the secretary were gone from the form
     * and from the protokoll, as the save took the chair shown for one she had not changed.
     */
    @Test
    void theChairShownFromTheSettingsIsStoredWithTheFirstSave() {
        opened();
        assertThat(vm.form().chair().get()).isEqualTo("Åsa Öst (S)");
        vm.attendance().fillFromSeats();
        disk.runAll();
        assertThat(vm.form().chair().get()).isEqualTo("Åsa Öst (S)");
        assertThat(test.services.papers().minutes(kf.id()).chair()).isEqualTo(Person.parse("Åsa Öst (S)"));
    }

    /**
     * Round 27: the ordförande taken off the attendance hands the chair the settings put in the form to the first vice
     * ordförande present (5 kap. 11 § kommunallagen, the arbetsordning's usual rule), stored with the attendance; put
     * back on, the ordförande has it again. A chair she typed herself stays whoever is marked away.
     */
    @Test
    void theChairFromTheSettingsFollowsTheOrdförandeMarkedAwayAndBack() {
        Body council = test.services.bodies().find("KF").orElseThrow();
        PaperSettings s = test.services.papers().settings();
        test.services.papers().saveSettings(s.withBody(s.of(council)
                .withVice(Person.parse("Jan Alexandersson (V)"), null)));
        opened();
        vm.attendance().fillFromSeats();
        disk.runAll();
        assertThat(vm.form().chair().get()).isEqualTo("Åsa Öst (S)");

        vm.attendance().remove(0);
        disk.runAll();
        assertThat(vm.form().chair().get()).isEqualTo("Jan Alexandersson (V)");
        assertThat(test.services.papers().storedMinutes(kf.id()).chair())
                .isEqualTo(Person.parse("Jan Alexandersson (V)"));

        vm.attendance().name().set("Åsa Öst (S)");
        vm.attendance().add();
        disk.runAll();
        assertThat(vm.form().chair().get()).isEqualTo("Åsa Öst (S)");

        vm.form().chair().set("Kim Nord (S)");
        vm.attendance().remove(1);
        disk.runAll();
        assertThat(vm.form().chair().get()).isEqualTo("Kim Nord (S)");
        assertThat(test.services.papers().storedMinutes(kf.id()).chair()).isEqualTo(Person.parse("Kim Nord (S)"));
    }

    /**
     * Closing note 11: what the secretary typed into a chosen meeting's fields in the moment its minutes were read
     * was overwritten when the read came back. What she typed stays; the fields she did not touch are filled.
     */
    @Test
    void whatIsTypedWhileAChosenMeetingIsReadStaysAndTheOtherFieldsAreFilled() {
        Meeting dec = decemberBeingReadWithAPlaceTyped();
        disk.runAll();
        assertThat(vm.form().adjustPlace().get()).isEqualTo("Kommunhuset, rum 2");
        assertThat(vm.form().opened().get()).isEqualTo("18.00");

        assertThat(vm.saveMeeting()).isTrue();
        disk.runAll();
        Minutes stored = test.services.papers().minutes(dec.id());
        assertThat(stored.adjustPlace()).isEqualTo("Kommunhuset, rum 2");
        assertThat(stored.opened()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void whatIsTypedBeforeTheFirstReadOfTheScreenStays() {
        vm.loadMeetings();
        disk.runNext();
        assertThat(vm.meeting().get()).isEqualTo(kf);
        vm.form().opened().set("18.30");
        disk.runAll();
        assertThat(vm.form().opened().get()).isEqualTo("18.30");
        assertThat(vm.form().chair().get()).isEqualTo("Åsa Öst (S)");
    }

    /** What was typed for the meeting left is stored for it, and does not follow into the meeting chosen. */
    @Test
    void typingForTheMeetingLeftIsStoredForItAndNotKeptForTheNext() {
        Meeting dec = december();
        opened();
        // December's minutes are begun, so Protokoll opens on them: November is chosen to be left.
        vm.meeting().set(kf);
        disk.runAll();
        vm.form().adjustPlace().set("KF-rummet");
        vm.meeting().set(dec);
        disk.runAll();
        assertThat(test.services.papers().minutes(kf.id()).adjustPlace()).isEqualTo("KF-rummet");
        assertThat(vm.form().adjustPlace().get()).isEqualTo("Stadshuset");
    }

    /**
     * Spara pressed while a newly chosen meeting's minutes were still being read did nothing and said nothing. What
     * she typed is for that meeting: it is stored once the read is in, and the screen says so meanwhile.
     */
    @Test
    void saveWhileTheChosenMeetingIsReadStoresWhatWasTypedOnceRead() {
        Meeting dec = decemberBeingReadWithAPlaceTyped();

        assertThat(vm.saveMeeting()).isTrue();
        assertThat(vm.status().get()).contains("läses fortfarande in").contains("sparas så snart");
        disk.runAll();
        assertThat(test.services.papers().minutes(dec.id()).adjustPlace()).isEqualTo("Kommunhuset, rum 2");
        assertThat(test.services.papers().minutes(kf.id()).adjustPlace()).isNull();
        assertThat(vm.form().adjustPlace().get()).isEqualTo("Kommunhuset, rum 2");
        assertThat(vm.status().get()).isEqualTo("Protokollet är sparat.");
    }

    /**
     * "Protokoll (PDF)…" pressed while the chosen meeting was still read, then Spara (or the pause after typing): the
     * second save waiting for the read took the first's place, and the protokoll was never written, nothing said.
     */
    @Test
    void aProtokollAskedForWhileTheMeetingIsReadIsWrittenThoughASaveFollows() {
        Meeting dec = decemberBeingReadWithAPlaceTyped();
        test.dialogs.saveTo = folder.resolve("protokoll.pdf");

        vm.files().exportProtokoll();
        vm.form().adjustPlace().set("Kommunhuset, rum 3");
        assertThat(vm.saveMeeting()).isTrue();
        disk.runAll();

        assertThat(folder.resolve("protokoll.pdf")).as(vm.status().get() + " / " + vm.error().get()).exists();
        assertThat(test.services.papers().minutes(dec.id()).adjustPlace()).isEqualTo("Kommunhuset, rum 3");
        assertThat(vm.error().get()).isEmpty();
    }

    /**
     * The walk of session 18: "§ 1 Upprop" chosen said "Punkten står inte på föredragningslistan", so the secretary
     * could note nothing on who was present. Chosen, it is put on the agenda under its number, and a note on it is
     * stored with it and printed in the protokoll.
     */
    @Test
    void aStandardItemChosenIsPutOnTheAgendaAndANoteOnItIsStored() throws Exception {
        opened();
        EntryRow upprop = vm.entries().getFirst();
        assertThat(upprop.name()).isEqualTo("§ " + upprop.paragraph() + "  Upprop");
        assertThat(upprop.item()).as("not on the agenda before").isNull();

        vm.item().show(upprop);
        disk.runAll();

        assertThat(vm.entries().getFirst().item()).as("on the agenda now").isNotNull();
        assertThat(vm.entries()).extracting(EntryRow::number).startsWith(1, 2, 3);
        assertThat(vm.item().entry().get().item()).isNotNull();
        vm.item().forms().noteBy().set("Jan Alexandersson (V)");
        vm.item().forms().noteText().set("Jan Alexandersson (V) anmäler att han kom kl. 18.20, under § 2.");
        vm.item().addNote();
        disk.runAll();

        long itemId = vm.entries().getFirst().item().id();
        assertThat(test.services.meetings().agenda(kf.id())).extracting(a -> a.text()).containsExactly("Upprop");
        assertThat(test.services.papers().itemMinutes(itemId).notes()).extracting(n -> n.text())
                .containsExactly("Jan Alexandersson (V) anmäler att han kom kl. 18.20, under § 2.");
        assertThat(test.services.papers().papers(kf.id()).entries().getFirst().minutes().notes()).hasSize(1);
    }
}
