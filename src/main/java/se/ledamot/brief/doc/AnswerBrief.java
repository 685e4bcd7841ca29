package se.ledamot.brief.doc;

import se.ledamot.l10n.Dates;
import static se.ledamot.brief.doc.Composer.t;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import se.ledamot.brief.layout.Align;
import se.ledamot.brief.layout.Anchor;
import se.ledamot.brief.layout.Document;
import se.ledamot.domain.Addressee;
import se.ledamot.domain.Matter;
import se.ledamot.domain.answer.SpeakingTime;
import se.ledamot.l10n.Grammar;
import se.ledamot.l10n.Localization;

/**
 * The answer to an interpellation or question, set for reading aloud from a lectern: who asked whom and on which
 * day, the questions (ragged right, as questions are read one by one), then the answer in large unhyphenated type,
 * ragged right so word spaces stay even, each of the author's paragraphs a breathing point with its speaking time in
 * the margin, and the answerer's name and role at the foot.
 */
public final class AnswerBrief {
    private AnswerBrief() {
    }

    /** @param today the day the paper is printed, said in small type at its end */
    public static Document of(Matter m, LocalDate today, Instant created) {
        return of(m, null, today, created);
    }

    /**
     * @param draftSaved when the answer printed is the draft being written in Svar, not yet put into the matter: the
     *                   moment it was saved, said under the speaking time; null for the matter's own answer
     */
    public static Document of(Matter m, LocalDateTime draftSaved, LocalDate today, Instant created) {
        Composer c = new Composer(HouseStyle.LECTERN);
        var st = c.style();
        c.kicker(MatterSections.kicker(m));
        String heading = heading(m);
        c.title(heading, new Anchor("answer", heading, 1));
        c.line(st.body(), asked(m), Align.LEFT, 2);
        if (m.submitted() != null) {
            c.line(st.label(), t("answer.submitted", Dates.weekdayDate(m.submitted())), Align.LEFT, 2);
        }
        SpeakingTime pace = SpeakingTime.standard();
        int words = SpeakingTime.wordCount(m.answer());
        Duration time = pace.ofWords(words);
        c.line(st.label(), t("answer.speakingTime", time.toMinutes(), time.toSecondsPart(), words,
                pace.wordsPerMinute()), Align.LEFT, draftSaved == null ? st.body().size() * 0.5f : 2);
        if (draftSaved != null) {
            c.line(st.label(), t("answer.draft", Dates.meeting(draftSaved.toLocalDate(), draftSaved.toLocalTime())),
                    Align.LEFT, st.body().size() * 0.5f);
        }
        if (!m.questions().isEmpty()) {
            c.h2(t(m.questions().size() == 1 ? "question" : "questions"));
            c.list(IntStream.rangeClosed(1, m.questions().size()).mapToObj(i -> i + ".").toList(), m.questions(),
                    Align.LEFT);
        }
        c.rule();
        if (m.answer().isBlank()) {
            c.line(st.bodyItalic(), t("answer.none"), Align.LEFT, 0);
        } else {
            for (Paragraphs.Paragraph para : Paragraphs.of(m.answer())) {
                c.noted(para, Align.LEFT, SpeakingTime.format(pace.of(para.text())));
            }
        }
        Addressee a = m.addressee();
        if (a != null && a.name() != null) {
            c.space(st.body().size());
            c.line(st.body(), a.party() == null ? a.name() : a.name() + " (" + a.party() + ")", Align.LEFT, 0);
        }
        if (a != null && a.role() != null) {
            c.line(st.body(), Grammar.capitalised(a.role()), Align.LEFT, 0); // its own line: "Kommunstyrelsens …"
        }
        c.space(st.body().size());
        c.line(st.small(), t("answer.printed", Dates.date(today), pace.wordsPerMinute()), Align.LEFT, 0);
        String signer = MatterSections.addressee(a);
        return c.build(heading, signer == null ? "" : signer, t("answer.subject", MatterSections.title(m)),
                t("answer.header", Localization.kind(m.kind()), m.number() == null ? "" : " " + m.number()), true,
                created);
    }

    /** "Svar på interpellation om …" when the title names its kind, else "Svar på interpellation: Integrationsenhet". */
    static String heading(Matter m) {
        String title = MatterSections.title(m);
        if (MatterSections.namesItsKind(m)) {
            return t("answer.titleNamed", title.substring(0, 1).toLowerCase(Localization.locale()) + title.substring(1));
        }
        return t("answer.title", Localization.kind(m.kind()).toLowerCase(Localization.locale()), title);
    }

    /** "Interpellation från Patrik Christierson (KD) till kommunstyrelsens ordförande Åsa Müller (M)" */
    static String asked(Matter m) {
        String kind = Localization.kind(m.kind());
        String from = MatterSections.authors(m);
        Addressee a = m.addressee();
        String to = a == null ? "" : ((a.role() == null ? "" : a.role() + " ")
                + (a.name() == null ? "" : a.name() + (a.party() == null ? "" : " (" + a.party() + ")"))).strip();
        return t("answer.asked", kind, from.isEmpty() ? 0 : 1, from, to.isEmpty() ? 0 : 1, to);
    }
}
