package se.ledamot.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.meeting.Meeting;
import se.ledamot.domain.meeting.MeetingStatus;
import se.ledamot.domain.papers.MeetingPapers;

/**
 * The papers a secretary sends, made from the sample data as a new user gets it: the held meeting where the sample
 * interpellation was asked, the planned one where it is answered, and the briefs of the sample matters.
 */
class SamplePapersTest {
    /** Late in the evening, in a zone where it is already the next day in Sweden: one clock must say which day. */
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Ledamot app;
    private Meeting held;
    private Meeting planned;

    @BeforeEach
    void open() {
        app = Ledamot.open(folder.resolve("data"), LATE);
        app.samples().load();
        List<Meeting> meetings = app.meetings().list();
        held = meetings.stream().filter(m -> m.status() == MeetingStatus.HELD).reduce((a, b) -> b).orElseThrow();
        planned = meetings.stream().filter(m -> m.status() == MeetingStatus.PLANNED).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Matter sample(MatterKind kind) {
        return app.matters().list().stream().filter(m -> m.kind() == kind).findFirst().orElseThrow();
    }

    /**
     * Where the interpellation is asked (KL 5 kap. 59–60 §§, the arbetsordning: answered at the next meeting), the
     * council only decides that it may be asked: its answer, given five weeks later, is no paper of that meeting,
     * and no one answers it there.
     */
    @Test
    void theMeetingWhereTheInterpellationIsAskedDecidesThatItMayBeAskedAndHasNoAnswerYet() throws Exception {
        MeetingPapers papers = app.papers().papers(held.id());
        assertThat(papers.entries()).filteredOn(e -> e.matter() != null).singleElement()
                .satisfies(e -> assertThat(e.askedHere()).isTrue());
        String protokoll = PaperServiceTest.text(app.papers().protokoll(held.id()));
        assertThat(protokoll).contains("Kommunfullmäktige beslutar att interpellationen får ställas")
                .doesNotContain("Skriftligt svar", "besvaras av", "Interpellationen är besvarad")
                // Nothing entered yet: the justering still has its lines to fill in.
                .contains("Utses att justera __________", "Justeringens plats och tid __________");
        String kallelse = PaperServiceTest.text(app.papers().kallelse(held.id()));
        assertThat(kallelse).contains("Interpellationen får ställas.").doesNotContain("Skriftligt svar",
                "besvaras vid sammanträdet av");
        assertThat(PaperServiceTest.text(app.papers().handlingar(held.id()))).doesNotContain("Skriftligt svar");

        String answeredThere = PaperServiceTest.text(app.papers().protokoll(planned.id()));
        assertThat(answeredThere).contains("Skriftligt svar", "besvaras av").doesNotContain("får ställas");
    }

    /** Every paper that names a registered sample matter gives its diarienummer. */
    @Test
    void everyPaperShowsTheSamplesDiarienummer() throws Exception {
        Matter motion = sample(MatterKind.MOTION);
        Matter interpellation = sample(MatterKind.INTERPELLATION);
        Matter referral = sample(MatterKind.REFERRAL);
        assertThat(List.of(motion, interpellation, referral)).allSatisfy(m -> assertThat(m.number())
                .matches("KS 20\\d\\d/\\d+"));
        String dnr = "Dnr ";
        for (String paper : List.of(PaperServiceTest.text(app.papers().kallelse(planned.id())),
                PaperServiceTest.text(app.papers().protokoll(planned.id())),
                PaperServiceTest.text(app.papers().handlingar(planned.id())))) {
            assertThat(paper).contains(dnr + motion.number(), dnr + interpellation.number(), dnr + referral.number());
        }
        assertThat(PaperServiceTest.text(app.papers().protokoll(held.id()))).contains(dnr + interpellation.number());
        assertThat(PaperServiceTest.text(app.briefs().matter(motion.id()))).contains(motion.number());
        assertThat(PaperServiceTest.text(app.briefs().answer(interpellation.id()))).contains(interpellation.number());
        assertThat(PaperServiceTest.text(app.briefs().debate(planned.id(), "V", null)))
                .contains(motion.number(), interpellation.number(), referral.number());
    }

    /**
     * The motion brief and the answer paper are printed by the program's one clock: at 23.30 on 22 November in its
     * zone both say 22 November, and the motion's history says the time the clock gave, not Swedish time.
     */
    @Test
    void theMotionBriefAndTheAnswerPaperTellTheTimeByTheProgramsClock() throws Exception {
        String motion = PaperServiceTest.text(app.briefs().matter(sample(MatterKind.MOTION).id()));
        String answer = PaperServiceTest.text(app.briefs().answer(sample(MatterKind.INTERPELLATION).id()));
        assertThat(answer).contains("22 november 2026").doesNotContain("23 november 2026");
        assertThat(motion).contains("2026-11-22 23.30").doesNotContain("2026-11-23 00");
    }
}
