package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.brief.layout.PdfWriter;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Person;
import se.ledamot.domain.Status;
import se.ledamot.domain.meeting.AgendaItem;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.minutes.Present;
import se.ledamot.domain.minutes.Signers;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * A justerat protokoll prints as it was approved. Its numbers were counted at each print, so a free-text item put on
 * the agenda and moved up among the opening items after the justering renumbered the approved paragraphs: the
 * motion approved as § 5 printed as § 6. Before the justering the numbers are still counted.
 */
class ApprovedProtokollTest {
    @TempDir
    Path folder;

    private Ledamot app;
    private long october;
    private long november;
    private long motionItem;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), DebateBriefQueriesTest.CLOCK);
        october = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-10-12"))).id();
        november = app.meetings().add(Meeting.planned("KF", LocalDate.parse("2026-11-16"))).id();
        long motion = app.matters().add(Matter.newMatter(MatterKind.MOTION, "Motion om cykelvägar")
                .submitted(LocalDate.parse("2026-03-01")).authors(List.of(Person.parse("Jan Alexandersson (V)")))
                .status(Status.PREPARED).build()).id();
        motionItem = app.meetings().addMatters(october, List.of(motion)).getFirst().id();
        app.meetings().addText(october, "Val av justerare");
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** A free-text item added and moved to the top of the agenda, where it goes in among the opening items. */
    private void addAnItemAtTheTop() {
        AgendaItem added = app.meetings().addText(october, "Information om budgeten");
        List<Long> ids = app.meetings().agenda(october).stream().map(AgendaItem::id).toList();
        List<Long> moved = new ArrayList<>(ids);
        moved.remove(added.id());
        moved.addFirst(added.id());
        app.meetings().arrange(october, ids, moved);
    }

    private int paragraphOfTheMotion(long meeting) {
        MeetingPapers p = app.papers().papers(meeting);
        return p.paragraph(p.entryOfItem(motionItem).orElseThrow());
    }

    @Test
    void beforeTheJusteringTheNumbersAreCounted() {
        assertThat(paragraphOfTheMotion(october)).isEqualTo(5);
        addAnItemAtTheTop();
        assertThat(paragraphOfTheMotion(october)).isEqualTo(6);
        assertThat(app.papers().papers(november).firstParagraph()).isEqualTo(8);
    }

    @Test
    void aJusteratProtokollKeepsItsNumbersWhatEverIsAddedOrMovedAfter() throws Exception {
        assertThat(paragraphOfTheMotion(october)).isEqualTo(5);
        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(october)))
                .withApproval(LocalDate.parse("2026-10-15"), null, null));
        assertThat(text(october)).containsPattern("§ 5\\s+Motion från Jan");

        addAnItemAtTheTop();
        assertThat(paragraphOfTheMotion(october)).as("the motion's § as approved").isEqualTo(5);
        MeetingPapers p = app.papers().papers(october);
        assertThat(p.entries()).extracting(MeetingPapers.Entry::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(p.entries().getLast().item().text()).as("an item put on afterwards follows the approved ones")
                .isEqualTo("Information om budgeten");
        assertThat(text(october)).as("the approved paragraphs print as approved")
                .containsPattern("§ 5\\s+Motion från Jan").doesNotContainPattern("§ 6\\s+Motion från Jan")
                .containsPattern("§ 7\\s+Information om budgeten");
        assertThat(app.papers().noticeNumbers(app.meetings().agendaOf(october)).get(motionItem))
                .as("the screens show the approved number").isEqualTo(5);
        assertThat(app.papers().papers(november).firstParagraph()).as("counted on from the approved list")
                .isEqualTo(8);
    }

    @Test
    void aSaveFromAFormFilledBeforeTheJusteringKeepsTheFixedFirstParagraph() {
        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(october)))
                .withApproval(LocalDate.parse("2026-10-15"), null, 40));
        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(october)))
                .withApproval(LocalDate.parse("2026-10-15"), null, null));
        assertThat(app.papers().papers(october).firstParagraph()).isEqualTo(40);
        assertThat(app.papers().papers(november).firstParagraph()).isEqualTo(46);
    }

    @Test
    void anApprovalTakenBackCountsAgain() {
        app.papers().saveMinutes(Present.of(Signers.of(app.papers().minutes(october)))
                .withApproval(LocalDate.parse("2026-10-15"), null, null));
        addAnItemAtTheTop();
        assertThat(paragraphOfTheMotion(october)).isEqualTo(5);
        app.papers().saveMinutes(app.papers().minutes(october).withApproval(null, null, null));
        assertThat(paragraphOfTheMotion(october)).isEqualTo(6);
    }

    private String text(long meeting) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(app.papers().protokoll(meeting), out, PdfWriter.Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
