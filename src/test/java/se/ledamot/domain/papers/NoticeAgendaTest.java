package se.ledamot.domain.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;

class NoticeAgendaTest {
    private static final Body KF = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);
    private static final BodyPapers PAPERS = BodyPapers.defaults(KF);

    private static AgendaItem matter(long id, int n) {
        return new AgendaItem(id, 7, n, 100 + id, null, "", List.of(), null, "");
    }

    @Test
    void standardItemsOpenAndCloseTheListAroundTheMatters() {
        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(PAPERS, List.of(matter(1, 1), matter(2, 2)));

        assertThat(slots).extracting(NoticeAgenda.Slot::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(slots).extracting(s -> s.standard() == null ? null : s.standard().kind()).containsExactly(
                StandardItem.Kind.ROLL_CALL, StandardItem.Kind.ADJUSTERS, StandardItem.Kind.NOTICE,
                StandardItem.Kind.NEW_SUBMISSIONS, null, null, StandardItem.Kind.MESSAGES);
        assertThat(slots.get(4).item().id()).isEqualTo(1L);
        assertThat(slots.get(0).item()).as("upprop is not on the agenda yet").isNull();
    }

    @Test
    void aStandardItemTypedOnTheAgendaTakesItsPlaceOnce() {
        AgendaItem justerare = new AgendaItem(9L, 7, 1, null, "Val av justerare", "", List.of(), null, "");
        AgendaItem news = new AgendaItem(10L, 7, 3, null, "Meddelanden", "", List.of(), null, "");
        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(PAPERS, List.of(justerare, matter(1, 2), news));

        assertThat(slots).hasSize(6);
        assertThat(slots.get(1).item()).isSameAs(justerare);
        assertThat(slots.get(1).standard().kind()).isEqualTo(StandardItem.Kind.ADJUSTERS);
        assertThat(slots.get(4).item().id()).isEqualTo(1L);
        assertThat(slots.get(5).item()).isSameAs(news);
    }

    @Test
    void aBodyWithoutStandardItemsPrintsItsAgendaAsItIs() {
        BodyPapers none = PAPERS.withStandardItems(List.of(), List.of());
        AgendaItem free = new AgendaItem(9L, 7, 2, null, "Val av justerare", "", List.of(), null, "");

        assertThat(NoticeAgenda.plan(none, List.of(matter(1, 1), free))).extracting(NoticeAgenda.Slot::item)
                .extracting(AgendaItem::id).containsExactly(1L, 9L);
    }

    @Test
    void aCustomStandardItemMatchesItsOwnTitle() {
        BodyPapers own = PAPERS.withStandardItems(List.of(StandardItem.custom("Information från kommundirektören")),
                List.of());
        AgendaItem typed = new AgendaItem(9L, 7, 2, null, "information från kommundirektören", "", List.of(), null,
                "");

        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(own, List.of(matter(1, 1), typed));
        assertThat(slots.getFirst().item()).isSameAs(typed);
        assertThat(slots).hasSize(2);
    }
}
