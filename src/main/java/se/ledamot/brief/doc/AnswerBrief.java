package se.ledamot.brief.doc;

import static se.ledamot.brief.doc.Composer.t;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.l10n.Localization;

/**
 * The answer to an interpellation or question, set for reading aloud from a lectern: large type, generous line
 * distance, ragged right so that word spaces stay even, the questions first and the speaking time on top.
 */
public final class AnswerBrief {
    private AnswerBrief() {
    }

    public static Document of(Matter m, LocalDate date, Instant created) {
        Composer c = new Composer(HouseStyle.LECTERN);
        var st = c.style();
        c.kicker(MatterSections.kicker(m));
        String heading = t("answer.title", Localization.kind(m.kind()).toLowerCase(Localization.locale()), m.title());
        c.title(heading, new Anchor("answer", heading, 1));
        SpeakingTime pace = SpeakingTime.standard();
        int words = SpeakingTime.wordCount(m.answer());
        Duration time = pace.ofWords(words);
        c.line(st.label(), t("answer.meta", MatterSections.authors(m).isEmpty() ? "–" : MatterSections.authors(m),
                date.toString()), Align.LEFT, 2);
        c.line(st.label(), t("answer.speakingTime", time.toMinutes(), time.toSecondsPart(), words, pace.wordsPerMinute()),
                Align.LEFT, st.body().size());
        if (!m.questions().isEmpty()) {
            c.h2(t(m.questions().size() == 1 ? "question" : "questions"));
            c.list(IntStream.rangeClosed(1, m.questions().size()).mapToObj(i -> i + ".").toList(), m.questions());
        }
        c.rule();
        if (m.answer().isBlank()) {
            c.line(st.bodyItalic(), t("answer.none"), Align.LEFT, 0);
        } else {
            c.text(m.answer(), Align.LEFT);
        }
        String signer = MatterSections.addressee(m.addressee());
        if (signer != null && !signer.isBlank()) {
            c.space(st.body().size());
            c.line(st.body(), signer, Align.LEFT, 0);
        }
        return c.build(heading, signer == null ? "" : signer, t("answer.subject", MatterSections.kicker(m)),
                MatterSections.kicker(m), true, created);
    }
}
