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
        for (String text : List.of("Upprop", "Val av justerare", "Anmälningar")) {
            test.services.meetings().addText(december.id(), text);
        }
        vm = new AgendaViewModel(test.context);
        vm.setOnConflicts(asked::add);
        vm.meetingProperty().set(december);
        assertThat(vm.items()).hasSize(3);
        // Another secretary puts "Anmälningar" first meanwhile.
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

    private List<String> storedTexts() {
        return test.services.meetings().agendaOf(december.id()).entries().stream().map(e -> e.item())
                .map(AgendaItem::text).toList();
    }

    @Test
    void aMoveAgainstTheirReorderIsAskedAndMyOrderIsStoredWhenChosen() {
        vm.move(vm.items().get(1), -1);

        assertThat(storedTexts()).containsExactly("Anmälningar", "Upprop", "Val av justerare");
        assertThat(asked).singleElement().satisfies(list -> assertThat(list).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("agenda_order");
            // Numbered as the agenda and the kallelse number each order ("Punkt N"), not by § (the protokoll's):
            // the council's standard items not on it (Godkännande av kungörelse, Anmälan …) follow Val av justerare.
            assertThat(c.theirs()).isEqualTo("Punkt 1  Anmälningar\nPunkt 2  Upprop\nPunkt 3  Val av justerare");
            assertThat(c.mine()).isEqualTo("Punkt 1  Val av justerare\nPunkt 4  Upprop\nPunkt 5  Anmälningar");
        }));
        assertThat(vm.items()).extracting(r -> r.item().text())
                .containsExactly("Anmälningar", "Upprop", "Val av justerare");

        vm.choose(asked.getFirst().getFirst(), Resolution.MINE, null, () -> { });
        assertThat(storedTexts()).containsExactly("Val av justerare", "Upprop", "Anmälningar");
        assertThat(vm.items()).extracting(r -> r.item().text())
                .containsExactly("Val av justerare", "Upprop", "Anmälningar");
    }

    @Test
    void choosingTheirOrderKeepsItAndTheNextMoveStartsFromIt() {
        vm.move(vm.items().get(1), -1);
        vm.choose(asked.getFirst().getFirst(), Resolution.THEIRS, null, () -> { });
        assertThat(storedTexts()).containsExactly("Anmälningar", "Upprop", "Val av justerare");

        vm.move(vm.items().get(2), -1);
        assertThat(storedTexts()).containsExactly("Anmälningar", "Val av justerare", "Upprop");
        assertThat(asked).hasSize(1);
    }
}
