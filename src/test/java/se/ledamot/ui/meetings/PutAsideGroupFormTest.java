package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.Position;
import se.ledamot.domain.meeting.Stance;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.PutAsideFolder;

/**
 * Issue 16.5, a choice put aside ("Välj senare") on the group's position (Partigrupp) survives the window: she typed
 * the group's arguments (and stance) over what another member of group V stored meanwhile and chose later; the window
 * is closed (the folder's database with it) without her choosing. Opened again, Partigrupp asks again with her text,
 * the row shows it, and her choice is stored and no longer kept.
 */
class PutAsideGroupFormTest {
    private static final String THEIRS = "Simhallen behövs.";
    private static final String MINE = "Simhallen behövs, men inte till vilket pris som helst.";

    private Meeting meeting;
    private long item;

    // A window on the folder with Partigrupp shown for group V and the council's meeting in December.
    @RegisterExtension
    final PutAsideFolder<GroupViewModel> window = new PutAsideFolder<>(w -> {
        GroupViewModel vm = new GroupViewModel(w.context());
        vm.setOnConflicts(w.asked::add);
        vm.groupProperty().set("V");
        vm.meetingProperty().set(meeting);
        vm.askKept();
        return vm;
    });

    @BeforeEach
    void herArgumentsAndStancePutAsideAndTheWindowClosed() {
        item = window.prepare(s -> {
            meeting = s.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
            long matter = s.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build()).id();
            return s.meetings().addMatters(meeting.id(), List.of(matter)).getFirst().id();
        });
        GroupViewModel vm = window.open();
        window.test.services.positions().save("V", Position.undecided(item, "V").withArguments(THEIRS)
                .withStance(Stance.REJECT));
        vm.save(row(vm).withArguments(MINE).withStance(Stance.SUPPORT));
        window.putAsideAndClose();
    }

    private Position row(GroupViewModel vm) {
        return vm.rows().stream().filter(r -> r.agenda().item().id() == item).findFirst().orElseThrow().position();
    }

    private Position stored() {
        return window.test.services.positions().get(item, "V");
    }

    @Test
    void openedAgainItAsksWithHerTextShowsItAndStoresHerChoice() {
        GroupViewModel vm = window.open();

        // Asked when Partigrupp opens: her arguments and stance beside the other's, the stance in words.
        List<Conflict> asked = window.asked.getLast();
        Conflict arguments = asked.stream().filter(c -> c.field().equals("arguments")).findFirst().orElseThrow();
        Conflict stance = asked.stream().filter(c -> c.field().equals("stance")).findFirst().orElseThrow();
        assertThat(arguments.mine()).isEqualTo(MINE);
        assertThat(arguments.theirs()).isEqualTo(THEIRS);
        assertThat(arguments.title()).contains("simhallen");
        assertThat(stance.mine()).isEqualTo(Localization.stance(Stance.SUPPORT, MatterKind.MOTION));
        assertThat(stance.theirs()).isEqualTo(Localization.stance(Stance.REJECT, MatterKind.MOTION));
        assertThat(row(vm).arguments()).isEqualTo(MINE);
        assertThat(row(vm).stance()).isEqualTo(Stance.SUPPORT);
        assertThat(window.test.dialogs.notifications).anyMatch(n -> n.contains("inte sparat"));
        assertThat(vm.waitingAside()).singleElement().satisfies(a -> assertThat(a.kept()).isTrue());
        assertThat(stored().arguments()).isEqualTo(THEIRS);

        vm.choose(arguments, Resolution.MINE, null, () -> { });
        vm.choose(stance, Resolution.THEIRS, null, () -> { });
        window.disk.runAll();
        assertThat(stored().arguments()).isEqualTo(MINE);
        assertThat(stored().stance()).isEqualTo(Stance.REJECT);
        assertThat(row(vm).stance()).isEqualTo(Stance.REJECT);
        assertThat(window.kept()).isEmpty();
        assertThat(vm.flush()).isTrue();
    }

    @Test
    void closingAgainWithoutAChoiceAsksAndKeepsIt() {
        GroupViewModel vm = window.open();
        window.asked.clear();

        assertThat(vm.flush()).as("a choice waits").isFalse();
        assertThat(window.asked).isNotEmpty();
        window.close();

        window.open();
        assertThat(window.asked).as("still kept after a second close").isNotEmpty();
        assertThat(window.kept()).hasSize(1);
    }

    @Test
    void forgottenOnceTheOtherStoredHerText() {
        window.meanwhile(s -> s.positions().save("V", s.positions().get(item, "V").withArguments(MINE)
                .withStance(Stance.SUPPORT)));
        GroupViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: both say the same").isEmpty();
        assertThat(row(vm).arguments()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }

    @Test
    void storedAsSheTypedItWhenTheOtherTookTheirsBackMeanwhile() {
        window.meanwhile(s -> s.positions().save("V", Position.undecided(item, "V")));
        GroupViewModel vm = window.open();

        assertThat(window.asked).as("nothing to choose: only she changed it").isEmpty();
        assertThat(stored().arguments()).isEqualTo(MINE);
        assertThat(stored().stance()).isEqualTo(Stance.SUPPORT);
        assertThat(row(vm).arguments()).isEqualTo(MINE);
        assertThat(window.kept()).isEmpty();
    }
}
