package se.ledamot.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.l10n.Localization;
import se.ledamot.ui.TestContext;

/**
 * English27: in the English window the heading field of a standard agenda item read the Swedish heading stored,
 * "Val av justerare och tid för justering", beside the list's "Item 2  Election of members to approve the minutes,
 * and the time of approval". The field says the heading in the window's language; what is stored (and the Swedish
 * papers print) stays Swedish until the user changes the heading, and a heading the user changed shows as typed.
 */
@Isolated // it changes the language, which every test beside it would read
class AgendaStandardHeadingTest {
    private static final String ADJUSTERS = "Val av justerare och tid för justering";
    private static final String ADJUSTERS_EN = "Election of members to approve the minutes, and the time of approval";

    @TempDir
    Path folder;

    private TestContext test;
    private AgendaItemTextsViewModel texts;
    private AgendaViewModel vm;
    private Meeting december;

    @BeforeEach
    void anAgendaInTheEnglishWindow() {
        Localization.setLocale(Localization.ENGLISH);
        test = new TestContext(folder);
        december = test.services.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-12-14")));
        for (String text : List.of("Upprop", ADJUSTERS)) {
            test.services.meetings().addText(december.id(), text);
        }
        vm = new AgendaViewModel(test.context);
        vm.meetingProperty().set(december);
        texts = vm.texts();
    }

    @AfterEach
    void close() {
        test.close();
        Localization.setLocale(Localization.SWEDISH);
    }

    private AgendaRow item(int index) {
        return vm.items().stream().filter(r -> r.item() != null).toList().get(index);
    }

    private String stored(int index) {
        return test.services.meetings().agenda(december.id()).get(index).text();
    }

    @Test
    void aStandardItemsHeadingReadsInTheWindowsLanguageAndIsStoredAsItWas() {
        texts.show(item(1));
        assertThat(texts.heading().get()).isEqualTo(ADJUSTERS_EN);
        assertThat(texts.typed()).as("nothing typed").isFalse();

        texts.proposal().set("The chair proposes that Bo Ek approves the minutes.");
        texts.show(item(0));
        assertThat(texts.heading().get()).isEqualTo("Roll call");
        assertThat(stored(1)).as("the Swedish papers print it").isEqualTo(ADJUSTERS);
        assertThat(stored(0)).isEqualTo("Upprop");
        assertThat(texts.flush()).isTrue();
    }

    @Test
    void aHeadingTheUserChangedIsStoredAndShownAsTyped() {
        texts.show(item(1));
        texts.heading().set("Election of two members to approve the minutes");
        texts.show(item(0));
        assertThat(stored(1)).isEqualTo("Election of two members to approve the minutes");

        texts.show(item(1));
        assertThat(texts.heading().get()).isEqualTo("Election of two members to approve the minutes");
        assertThat(texts.flush()).isTrue();
    }

    @Test
    void inTheSwedishWindowTheHeadingIsTheStoredOne() {
        Localization.setLocale(Localization.SWEDISH);
        vm.meetingProperty().set(null);
        vm.meetingProperty().set(december);
        texts.show(item(1));
        assertThat(texts.heading().get()).isEqualTo(ADJUSTERS);
    }
}
