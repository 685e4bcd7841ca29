package se.ledamot.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.l10n.Localization;
import se.ledamot.search.Hit;
import se.ledamot.search.HitType;

/**
 * English27: the search of everything (Ctrl+K) showed its hits' days as stored, "2026-12-02", under a matter and in a
 * meeting's name; people read them written out, in the window's language, as the rest of the window writes them.
 */
@Isolated // it changes the language, which every test beside it would read
class HitFactsTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-02");

    @AfterEach
    void backToSwedish() {
        Localization.setLocale(Localization.SWEDISH);
    }

    private static Hit hit(HitType type, String label, List<Hit.Mark> marks, Hit.Snippet snippet) {
        return new Hit(type, 3, null, label, label, marks, type == HitType.MATTER ? MatterKind.MOTION : null,
                type == HitType.MATTER ? Status.SUBMITTED : null, type == HitType.MATTER ? "KS 2026/12" : null, DAY,
                "KF", null, snippet, 1f);
    }

    @Test
    void aMattersDayIsWrittenOutInTheWindowsLanguage() {
        Hit motion = hit(HitType.MATTER, "Motion om skolan", List.of(), Hit.Snippet.NONE);
        assertThat(HitFacts.of(motion)).isEqualTo("Motion · KS 2026/12 · Inlämnad · 2 december 2026 · KF");
        Localization.setLocale(Localization.ENGLISH);
        assertThat(HitFacts.of(motion)).isEqualTo("Motion · KS 2026/12 · Submitted · 2 December 2026 · KF");
    }

    /** The marks follow the words they marked: a whole day when any of it matched. */
    @Test
    void aMeetingsNameAndSnippetSayItsDayWrittenOutTheMarksMovedWithTheWords() {
        String label = "Kommunfullmäktige 2026-12-02, Kommunhuset";
        Hit meeting = hit(HitType.MEETING, label, List.of(new Hit.Mark(0, 17), new Hit.Mark(23, 25),
                new Hit.Mark(30, 41)), new Hit.Snippet(label + "\nKF", List.of(new Hit.Mark(30, 41))));
        Localization.setLocale(Localization.ENGLISH);

        Hit.Snippet name = HitFacts.label(meeting);
        Hit.Snippet snippet = HitFacts.snippet(meeting);

        assertThat(name.text()).isEqualTo("Kommunfullmäktige 2 December 2026, Kommunhuset");
        assertThat(name.marks().stream().map(m -> name.text().substring(m.start(), m.end())))
                .containsExactly("Kommunfullmäktige", "2 December 2026", "Kommunhuset");
        assertThat(snippet.text()).isEqualTo("Kommunfullmäktige 2 December 2026, Kommunhuset\nKF");
        assertThat(snippet.marks().stream().map(m -> snippet.text().substring(m.start(), m.end())))
                .containsExactly("Kommunhuset");
        assertThat(HitFacts.of(meeting)).isEqualTo("2 December 2026");
    }

    /** What a person wrote stays as written: a matter's title is not rewritten. */
    @Test
    void aMattersTitleStaysAsWritten() {
        Hit motion = hit(HitType.MATTER, "Motion om budget 2026-12-02", List.of(new Hit.Mark(0, 6)),
                Hit.Snippet.NONE);
        assertThat(HitFacts.label(motion).text()).isEqualTo("Motion om budget 2026-12-02");
        assertThat(HitFacts.label(motion).marks()).containsExactly(new Hit.Mark(0, 6));
    }
}
