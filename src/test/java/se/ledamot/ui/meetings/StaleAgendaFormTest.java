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
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.Resolution;
import se.ledamot.ui.TestContext;

/**
 * Issue 16.5 on the agenda: the order on screen was changed by another secretary since it was read (the store's side,
 * on PostgreSQL and on one folder, is StaleAgendaOrderTest). A move against their reorder asks in the conflict view,
 * with both orders by their headings; the choice is stored.
 */
class StaleAgendaFormTest {
    @TempDir
    Path folder;

    private TestContext test;
    private AgendaViewModel vm;
    private Meeting december;
    private final List<List<Conflict>> asked = new ArrayList<>();

    @BeforeEach
    void anAgendaOnScreen() {
        test = new TestContext(folder);
        december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        for (String text : List.of("Information från revisorerna", "Avsägelser", "Fyllnadsval")) {
            test.services.meetings().addText(december.id(), text);
        }
        vm = new AgendaViewModel(test.context);
        vm.setOnConflicts(asked::add);
        vm.meetingProperty().set(december);
        assertThat(onAgenda()).hasSize(3);
        // Another secretary puts "Fyllnadsval" first meanwhile.
        List<Long> ids = stored();
        test.services.meetings().arrange(december.id(), ids, List.of(ids.get(2), ids.get(0), ids.get(1)));
    }

    @AfterEach
    void close() {
        test.close();
    }

    private List<Long> stored() {
        return test.services.meetings().agendaOf(december.id()).entries().stream().map(e -> e.item().id()).toList();
    }

    /** The agenda's items on screen, in its order (the kallelse's standard items not on it left out). */
    private List<String> onAgenda() {
        return vm.items().stream().filter(r -> r.item() != null).map(r -> r.item().text()).toList();
    }

    private List<String> storedTexts() {
        return test.services.meetings().agendaOf(december.id()).entries().stream().map(e -> e.item())
                .map(AgendaItem::text).toList();
    }

    @Test
    void aMoveAgainstTheirReorderIsAskedAndMyOrderIsStoredWhenChosen() {
        vm.move(vm.items().get(5), -1);

        assertThat(storedTexts()).containsExactly("Fyllnadsval", "Information från revisorerna", "Avsägelser");
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("agenda_order");
            // Numbered as the agenda and the kallelse number each order ("Punkt N"), not by § (the protokoll's):
            // the council's standard items (Upprop … Anmälan av nya motioner) come first.
            assertThat(c.theirs()).isEqualTo(
                    "Punkt 5  Fyllnadsval\nPunkt 6  Information från revisorerna\nPunkt 7  Avsägelser");
            assertThat(c.mine()).isEqualTo(
                    "Punkt 5  Avsägelser\nPunkt 6  Information från revisorerna\nPunkt 7  Fyllnadsval");
        }));
        assertThat(onAgenda()).containsExactly("Fyllnadsval", "Information från revisorerna", "Avsägelser");

        vm.choose(asked.getFirst().getFirst(), Resolution.MINE, null, () -> { });
        assertThat(storedTexts()).containsExactly("Avsägelser", "Information från revisorerna", "Fyllnadsval");
        assertThat(onAgenda()).containsExactly("Avsägelser", "Information från revisorerna", "Fyllnadsval");
    }

    @Test
    void choosingTheirOrderKeepsItAndTheNextMoveStartsFromIt() {
        vm.move(vm.items().get(5), -1);
        vm.choose(asked.getFirst().getFirst(), Resolution.THEIRS, null, () -> { });
        assertThat(storedTexts()).containsExactly("Fyllnadsval", "Information från revisorerna", "Avsägelser");

        vm.move(vm.items().get(6), -1);
        assertThat(storedTexts()).containsExactly("Fyllnadsval", "Avsägelser", "Information från revisorerna");
        assertThat(asked).hasSize(1);
    }
}
