package se.ledamot.domain.papers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Body;

class NoticeAgendaTest {
    private static final Body KF = new Body("KF", "Kommunfullmäktige", true, 5, 3, 1);
    private static final BodyPapers PAPERS = BodyPapers.defaults(KF);
    /** The headings the papers give the council's standard items, as they are stored on an agenda. */
    private static final java.util.Map<StandardItem.Kind, String> HEADINGS = java.util.Map.of(
            StandardItem.Kind.ROLL_CALL, "Upprop", StandardItem.Kind.ADJUSTERS, "Val av justerare och tid för justering",
            StandardItem.Kind.NOTICE, "Godkännande av kungörelse", StandardItem.Kind.NEW_SUBMISSIONS,
            "Anmälan av nya motioner, interpellationer och frågor", StandardItem.Kind.MESSAGES, "Meddelanden");

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
        assertThat(slots.getFirst().item()).as("a matter is never among the opening items").isSameAs(typed);
        assertThat(slots).hasSize(2);
    }

    /**
     * The sample kallelse (cliagenda, session 11): "4. Allmänhetens frågestund" (not a standard item) before
     * "5. Anmälan av nya motioner" (one). The list keeps the document's order instead of pulling the standard item
     * up, so the imported agenda reads Punkt 1, 2, 3, 4, 5, 6 and not 1, 2, 3, 5, 4, 6.
     */
    @Test
    void anImportedAgendaKeepsItsOrderWhereAStandardItemComesAfterAnotherItem() {
        List<AgendaItem> agenda = List.of(text(1, "Upprop"), text(2, "Val av justerare"),
                text(3, "Godkännande av kungörelse"), text(4, "Allmänhetens frågestund"),
                text(5, "Anmälan av nya motioner, interpellationer och frågor"), matter(6, 6), text(7, "Meddelanden"));

        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(PAPERS, agenda);

        assertThat(slots).extracting(s -> s.item().id()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(slots).extracting(NoticeAgenda.Slot::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(slots.get(4).standard().kind()).isEqualTo(StandardItem.Kind.NEW_SUBMISSIONS);
        assertThat(slots.get(3).standard()).isNull();
    }

    @Test
    void aStandardItemNotOnTheAgendaKeepsItsPlaceAmongTheStandardItems() {
        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(PAPERS, List.of(text(2, "Val av justerare"),
                text(4, "Allmänhetens frågestund"), matter(6, 3)));

        assertThat(slots).extracting(s -> s.standard() == null ? "item " + s.item().id() : s.standard().kind().name())
                .containsExactly("ROLL_CALL", "ADJUSTERS", "NOTICE", "NEW_SUBMISSIONS", "item 4", "item 6", "MESSAGES");
    }

    @Test
    void aStandardItemTypedAfterAMatterStillGoesUpToItsPlace() {
        List<NoticeAgenda.Slot> slots = NoticeAgenda.plan(PAPERS, List.of(matter(1, 1), text(9, "Val av justerare")));

        assertThat(slots).extracting(s -> s.item() == null ? null : s.item().id())
                .containsExactly(null, 9L, null, null, 1L, null);
    }

    /**
     * Protokoll: a standard item the minutes print but the agenda does not hold ("Upprop") is put on the agenda to be
     * written on. Put on in any order, each goes where the list has it: every place keeps its number and the items
     * already there keep theirs.
     */
    @Test
    void aStandardItemPutOnTheAgendaKeepsEveryNumberOnTheList() {
        List<List<AgendaItem>> agendas = List.of(List.of(matter(1, 1), matter(2, 2)), List.of(),
                List.of(text(2, "Val av justerare"), text(4, "Allmänhetens frågestund"), matter(6, 3)),
                List.of(matter(1, 1), text(9, "Val av justerare")),
                List.of(text(1, "Upprop"), text(3, "Godkännande av kungörelse"), text(4, "Allmänhetens frågestund"),
                        matter(6, 4), text(8, "Information om budgeten"), matter(7, 6)));
        for (List<AgendaItem> agenda : agendas) {
            List<String> before = places(NoticeAgenda.plan(PAPERS, agenda));
            for (List<StandardItem> order : List.of(PAPERS.opening(), PAPERS.opening().reversed())) {
                List<AgendaItem> now = new java.util.ArrayList<>(agenda);
                for (StandardItem s : java.util.stream.Stream.concat(order.stream(), PAPERS.closing().stream())
                        .toList()) {
                    NoticeAgenda.Place place = NoticeAgenda.placeOf(PAPERS, now, s);
                    if (place.on() == null) {
                        now.add(place.index(), text(100 + now.size(), HEADINGS.get(s.kind())));
                    }
                    assertThat(NoticeAgenda.placeOf(PAPERS, now, s).on()).as("%s is on it", s).isNotNull();
                    assertThat(places(NoticeAgenda.plan(PAPERS, now))).as("%s put on %s", s, agenda)
                            .isEqualTo(before);
                }
                assertThat(NoticeAgenda.plan(PAPERS, now)).allSatisfy(slot -> assertThat(slot.item()).isNotNull());
            }
        }
    }

    /** Each place on the list by its number: the standard item it is, else its agenda item's id. */
    private static List<String> places(List<NoticeAgenda.Slot> slots) {
        return slots.stream().map(s -> s.number() + " " + (s.standard() != null ? s.standard().kind().name()
                : "item " + s.item().id())).toList();
    }

    private static AgendaItem text(long id, String text) {
        return new AgendaItem(id, 7, (int) id, null, text, "", List.of(), null, "");
    }
}
