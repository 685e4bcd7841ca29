package se.ledamot.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.MatterField;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.importer.draft.Confidence;

/** The reply date, the title and the status: what the last steps make of what the others found. */
class ReplyDateAndTitleExtractorTest {
    private final ReplyDateExtractor reply = new ReplyDateExtractor();

    @Test
    void aDateInASentenceAboutReplyingIsSure() {
        Findings f = Steps.only(reply, "Yttrandet ska ha kommit in senast den 15 december 2024. Frågor besvaras.");
        assertThat(f.matter().title("t").build().replyBy()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(f.confidence(MatterField.REPLY_BY)).isEqualTo(Confidence.SURE);
    }

    @Test
    void aMonthsEndWithoutAYearTakesTheTextsYearAndIsUnsure() {
        Findings f = Steps.only(reply, "Sista juni ska alla svar vara inne.",
                x -> x.submitted(LocalDate.of(2010, 5, 27), Confidence.SURE));
        assertThat(f.matter().title("t").build().replyBy()).isEqualTo(LocalDate.of(2010, 6, 30));
        assertThat(f.confidence(MatterField.REPLY_BY)).isEqualTo(Confidence.UNSURE);
        Findings later = Steps.only(reply, "Svaren ska vara inne senast 3 mars.",
                x -> x.submitted(LocalDate.of(2010, 11, 2), Confidence.SURE));
        assertThat(later.matter().title("t").build().replyBy()).isEqualTo(LocalDate.of(2011, 3, 3));
    }

    @Test
    void withoutAYearAndADateTheUserIsAsked() {
        Findings f = Steps.only(reply, "Svaren ska vara inne senast 3 mars.");
        assertThat(f.matter().title("t").build().replyBy()).isNull();
        assertThat(f.warnings()).extracting(w -> w.key()).containsExactly("importer.warning.deadlineWithoutYear");
    }

    @Test
    void aDateInASentenceAboutSomethingElseIsNoReplyDate() {
        Findings f = Steps.only(reply, "Bygget ska vara klart senast den 15 december 2024.");
        assertThat(f.confidence(MatterField.REPLY_BY)).isEqualTo(Confidence.MISSING);
    }

    @Test
    void theHeadingsTopicIsASureTitleWithoutMeetingAndDate() {
        assertThat(title("Motion om att upprätta en integrationsplan\nText.")).isEqualTo("Upprätta en integrationsplan");
        assertThat(title("Anförande KF 2024-02-26 – Budget 2025\nText.")).isEqualTo("Budget 2025");
        assertThat(Steps.upTo(TitleExtractor.class, "Motion om x\n").confidence(MatterField.TITLE))
                .isEqualTo(Confidence.SURE);
    }

    @Test
    void withoutATopicTheNextShortLineIsTheTitle() {
        assertThat(title("MOTION\n\nStenungsund 2015-02-16\nVänsterpartiet\nInför fria resor\nText.")).isEqualTo(
                "Inför fria resor");
        assertThat(title("Interpellation till Anna Ek (S)\n\nHej!\nFrån: Per\nSkolskjutsarna\n")).isEqualTo(
                "Skolskjutsarna");
    }

    @Test
    void aTextWithoutATitleIsNamedAfterItsFile() {
        Findings f = Steps.upTo(TitleExtractor.class, "lite anteckningar utan rubrik.\nmer text.");
        assertThat(f.matter().build().title()).isEqualTo("Dokument");
        assertThat(f.confidence(MatterField.TITLE)).isEqualTo(Confidence.MISSING);
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String t = TitleExtractor.tidy("att " + "ordet ".repeat(40) + ": ;");
        assertThat(t).hasSizeLessThanOrEqualTo(TitleExtractor.MAX_TITLE + 1).startsWith("Ordet ordet").endsWith("…");
        assertThat(t).doesNotContain("  ");
    }

    @Test
    void theStatusFollowsTheAnswerAndTheDate() {
        assertThat(status("Interpellation till Anna Ek (S)\n1. A?\nFöljande svar:\nJa.\n"))
                .isEqualTo(Status.ANSWER_READY);
        assertThat(status("Motion om x\nText.\nTierp 2025-02-04")).isEqualTo(Status.SUBMITTED);
        assertThat(status("Motion om x\nText.")).isEqualTo(Status.DRAFT);
        assertThat(Steps.upTo(StatusExtractor.class, "Anförande om x\nOrt 2025-02-04").kind())
                .isEqualTo(MatterKind.SPEECH);
    }

    private static String title(String text) {
        return Steps.upTo(TitleExtractor.class, text).matter().build().title();
    }

    private static Status status(String text) {
        return Steps.upTo(StatusExtractor.class, text).draft(text, text).matter().status();
    }
}
