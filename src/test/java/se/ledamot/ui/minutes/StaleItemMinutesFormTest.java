package se.ledamot.ui.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.ItemMinutes;
import se.ledamot.domain.minutes.MinutesNote;
import se.ledamot.domain.minutes.MotionType;
import se.ledamot.domain.minutes.MovedMotion;
import se.ledamot.domain.minutes.Reservation;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;
import se.ledamot.ui.shell.AppContext;
import se.ledamot.ui.shell.WriterPreferences;
import se.ledamot.ui.task.ManualTaskExecutor;

/**
 * Issue 16.5 on the Protokoll screen's Paragrafer: the item's record or its decision's wording on screen was changed
 * by another secretary since it was read (the store's side, on PostgreSQL and on one folder, is StaleItemMinutesTest
 * and StaleAgendaItemTest; the real window on a server, StaleItemMinutesWindowTest). Her lines and the other's both
 * stay, a list both changed is asked in words and her choice is stored, and the other's wording is never written over.
 */
class StaleItemMinutesFormTest {
    private static final Person ANNA = new Person("Anna Ek", "S");
    private static final Person BO = new Person("Bo Ek", "M");

    @TempDir
    Path folder;

    private TestContext test;
    private ManualTaskExecutor disk;
    private MinutesViewModel vm;
    private long item;
    /** A second item on the agenda. */
    private long park;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void theItemOnScreen() {
        test = new TestContext(folder);
        Meeting kf = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16")));
        long matter = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om simhallen").build())
                .id();
        long parks = test.services.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om parken").build())
                .id();
        List<AgendaItem> agenda = test.services.meetings().addMatters(kf.id(), List.of(matter, parks));
        item = agenda.getFirst().id();
        park = agenda.getLast().id();
        disk = new ManualTaskExecutor();
        vm = new MinutesViewModel(new AppContext(test.services, test.dialogs, disk, () -> test.debouncer,
                new WriterPreferences(test.preferencesNode)));
        vm.item().setOnConflicts(asked::add);
        vm.loadMeetings();
        disk.runAll();
        vm.item().show(vm.entries().stream().filter(r -> r.item() != null && r.item().id() == item).findFirst()
                .orElseThrow());
        disk.runAll();
        assertThat(vm.item().recording()).isTrue();
    }

    @AfterEach
    void close() {
        test.close();
    }

    /** Another secretary, in another window, records from the copy stored now. */
    private void otherRecords(UnaryOperator<ItemMinutes> change) {
        ItemMinutes copy = stored();
        assertThat(test.services.papers().saveItemMinutes(copy, change.apply(copy)).conflicts()).isEmpty();
    }

    private ItemMinutes stored() {
        return test.services.papers().itemMinutes(item);
    }

    @Test
    void theOthersMotionStaysBesideHersAndComesOnScreen() {
        otherRecords(m -> m.withMotion(MovedMotion.of(BO, MotionType.REJECT)));
        vm.item().forms().motionBy().set("Anna Ek (S)");
        vm.item().addMotion();
        disk.runAll();

        assertThat(stored().motions()).extracting(m -> m.by().name()).containsExactlyInAnyOrder("Anna Ek", "Bo Ek");
        assertThat(vm.item().motions()).isEqualTo(stored().motions());
        assertThat(asked).isEmpty();
    }

    @Test
    void notesChangedOnBothSidesAreAskedInWordsAndHerChoiceIsStored() {
        vm.item().forms().noteBy().set("Anna Ek (S)");
        vm.item().forms().noteText().set("Vi vill se en plan.");
        vm.item().addNote();
        disk.runAll();
        otherRecords(m -> m.withoutNote(0).withNote(new MinutesNote(List.of(ANNA), "Vi vill se en plan i vår.")));
        vm.item().removeNote(0);
        vm.item().forms().reserveBy().set("Anna Ek (S)");
        vm.item().addReservation();
        disk.runAll();

        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("item_notes");
        assertThat(c.theirs()).isEqualTo("Anna Ek (S): Vi vill se en plan i vår.");
        assertThat(c.mine()).isEmpty();
        // The other's note stands until she chooses; her reservation, which nobody else touched, is stored.
        assertThat(stored().notes()).extracting(MinutesNote::text).containsExactly("Vi vill se en plan i vår.");
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(vm.item().notes()).isEmpty();

        vm.item().choose(c, Resolution.MINE, null, () -> { });
        disk.runAll();
        assertThat(stored().notes()).isEmpty();
        assertThat(stored().reservations()).containsExactly(Reservation.of(ANNA));
        assertThat(asked).hasSize(1);
    }

    @Test
    void theOthersWordingIsNotWrittenOverAndKeepingItPutsItOnScreen() {
        AgendaItem copy = test.services.meetings().item(item).orElseThrow();
        test.services.meetings().saveItem(copy, copy.withDecision(null, "Kommunfullmäktige bifaller motionen."));
        vm.item().decisionText().set("Kommunfullmäktige avslår motionen.");
        vm.item().saveDecision();
        disk.runAll();

        Conflict c = asked.getFirst().getFirst();
        assertThat(c.field()).isEqualTo("decision_text");
        assertThat(c.longText()).isTrue();
        assertThat(test.services.meetings().item(item).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.item().decisionText().get()).isEqualTo("Kommunfullmäktige avslår motionen.");

        vm.item().choose(c, Resolution.THEIRS, null, () -> { });
        disk.runAll();
        assertThat(vm.item().decisionText().get()).isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(test.services.meetings().item(item).orElseThrow().decisionText())
                .isEqualTo("Kommunfullmäktige bifaller motionen.");
        assertThat(vm.flush()).isTrue();
        disk.runAll();
        assertThat(asked).hasSize(1);
    }

    @Test
    void recordsPutAsideOnTwoItemsAreEachKeptShownAgainAndChosen() {
        MinutesNote hers = new MinutesNote(List.of(ANNA), "Vi vill se en plan.");
        MinutesNote changed = new MinutesNote(List.of(ANNA), "Vi vill se en plan i vår.");
        noteMetOnBothSides(item, hers, changed);
        show(park);
        noteMetOnBothSides(park, hers, changed);
        assertThat(asked).hasSize(2);

        // Both put aside ("Välj senare"): back on the first item, her list (without the note) is on screen, and both
        // are asked again.
        show(item);
        assertThat(vm.item().notes()).isEmpty();
        assertThat(vm.error().get()).contains("inte sparat");
        assertThat(asked).hasSize(3);
        assertThat(asked.getLast()).extracting(Conflict::key)
                .containsExactlyInAnyOrder(String.valueOf(item), String.valueOf(park));
        assertThat(vm.flush()).as("choices wait").isFalse();
        disk.runAll();

        // She keeps hers on the item not shown, and the other's on the item shown: both stored as chosen.
        List<Conflict> both = asked.getLast();
        Conflict parks = both.stream().filter(c -> c.key().equals(String.valueOf(park))).findFirst().orElseThrow();
        Conflict items = both.stream().filter(c -> c.key().equals(String.valueOf(item))).findFirst().orElseThrow();
        vm.item().choose(parks, Resolution.MINE, null, () -> { });
        disk.runAll();
        assertThat(test.services.papers().itemMinutes(park).notes()).isEmpty();
        vm.item().choose(items, Resolution.THEIRS, null, () -> { });
        disk.runAll();
        assertThat(stored().notes()).containsExactly(changed);
        assertThat(vm.item().notes()).containsExactly(changed);
        assertThat(vm.flush()).isTrue();
    }

    /**
     * The item shown: she writes a note and it is stored; the other changes its words, and she, from her stale copy,
     * takes it off. The notes are asked; hers (none) are on screen.
     */
    private void noteMetOnBothSides(long itemId, MinutesNote hers, MinutesNote changed) {
        vm.item().forms().noteBy().set(hers.by().getFirst().display());
        vm.item().forms().noteText().set(hers.text());
        vm.item().addNote();
        disk.runAll();
        ItemMinutes copy = test.services.papers().itemMinutes(itemId);
        assertThat(test.services.papers().saveItemMinutes(copy, copy.withoutNote(0).withNote(changed)).conflicts())
                .isEmpty();
        vm.item().removeNote(0);
        disk.runAll();
        assertThat(asked.getLast()).extracting(Conflict::key).containsExactly(String.valueOf(itemId));
    }

    private void show(long itemId) {
        vm.item().show(vm.entries().stream().filter(r -> r.item() != null && r.item().id() == itemId).findFirst()
                .orElseThrow());
        disk.runAll();
    }
}
