package se.ledamot.brief.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ledamot.brief.PaperSamples;
import se.ledamot.brief.Samples;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * An interpellation leads to no decision (5 kap. 59–63 §§ kommunallagen): its § in the protokoll says that it was
 * answered and by whom, never "Kommunfullmäktiges beslut" with a decision waiting to be entered.
 */
class InterpellationMinutesTest {

    /** The sample meeting with the interpellation's item as the secretary leaves it: nothing entered. */
    private static MeetingPapers nothingEntered() {
        MeetingPapers papers = PaperSamples.meeting();
        List<MeetingPapers.Entry> entries = new ArrayList<>();
        for (MeetingPapers.Entry e : papers.entries()) {
            boolean interpellation = e.matter() != null && e.matter().kind() == MatterKind.INTERPELLATION;
            AgendaItem i = e.item();
            entries.add(!interpellation ? e : new MeetingPapers.Entry(e.number(),
                    new AgendaItem(i.id(), i.meetingId(), i.number(), i.matterId(), i.text(), i.proposal(),
                            i.motionsMoved(), null, ""), e.standard(), e.matter(), e.papers(), e.minutes(),
                    e.enclosures()));
        }
        return new MeetingPapers(papers.meeting(), papers.body(), papers.settings(), papers.council(), papers.issued(),
                entries, papers.newSubmissions(), papers.minutes(), papers.firstParagraph(),
                papers.notice());
    }

    @Test
    void anInterpellationsParagraphSaysWhoAnswersAndThatNoDecisionIsTaken() throws Exception {
        String text = MatterBriefTest.text(ProtokollTest.write(Protokoll.of(nothingEntered(), Samples.CREATED),
                "protokoll-interpellation.pdf"));
        String paragraph = text.substring(text.indexOf("§ 107"), text.indexOf("§ 108"));
        assertThat(paragraph).contains("Behandling",
                "Interpellationen besvaras av kommunstyrelsens ordförande Nguyễn Thị Åsa Müller (M).",
                "Interpellationen leder inte till något beslut (5 kap. 59–63 §§ kommunallagen).")
                .doesNotContain("Beslutet är inte antecknat", "Kommunfullmäktiges beslut");
    }

    @Test
    void anAnsweredInterpellationIsRecordedAsAnsweredWithoutADecisionHeading() throws Exception {
        String text = MatterBriefTest.text(ProtokollTest.protokoll());
        String paragraph = text.substring(text.indexOf("§ 107"), text.indexOf("§ 108"));
        assertThat(paragraph).contains("Behandling", "Interpellationen besvaras av "
                + "kommunstyrelsens ordförande Nguyễn Thị Åsa Müller (M).", "Interpellationen är besvarad.")
                .doesNotContain("Kommunfullmäktiges beslut");
    }
}
