package se.ledamot.store.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.answer.AnswerDraft;
import se.ledamot.domain.answer.VersionPolicy;
import se.ledamot.domain.sync.Conflict;
import se.ledamot.domain.sync.ConflictKind;
import se.ledamot.domain.sync.RowField;
import se.ledamot.domain.sync.RowMerge;
import se.ledamot.store.AnswerStore;
import se.ledamot.store.MatterStore;
import se.ledamot.store.OpenDatabase;
import se.ledamot.store.ServerRole;

/**
 * Issue 16.5 for answer drafts, two writers of group S signed in to one real PostgreSQL server, each with the answer
 * to one interpellation open. The text and the questions marked answered are compared with the copy each started
 * from: different fields both win, the same text changed by both is a conflict with the merged text, never an
 * overwrite; two first saves of a draft at the same moment are compared too.
 */
class StaleAnswerDraftTest {
    private static final String ANNA = "staleans_anna";
    private static final String BO = "staleans_bo";
    private static final String TEXT = "Första stycket.\nAndra stycket.\nTredje stycket.";

    private TwoLogins logins;
    private AnswerStore byAnna;
    private AnswerStore byBo;
    private Matter matter;

    @BeforeEach
    void twoWritersOfOneGroup() {
        logins = new TwoLogins(ANNA, BO, "S", ServerRole.MEMBER);
        try (OpenDatabase secretariat = logins.admin()) {
            matter = new MatterStore(secretariat.dsl(), Clock.systemUTC())
                    .add(Matter.newMatter(MatterKind.INTERPELLATION, "Interpellation om simhallen")
                            .questions(List.of("När öppnar den?", "Vad kostar den?")).build());
        }
        byAnna = new AnswerStore(logins.first.dsl(), Clock.systemUTC(), VersionPolicy.standard());
        byBo = new AnswerStore(logins.second.dsl(), Clock.systemUTC(), VersionPolicy.standard());
    }

    @AfterEach
    void close() {
        logins.close();
    }

    private AnswerDraft stored() {
        return byBo.draft(matter.id()).orElseThrow();
    }

    @Test
    void theOldAutosaveOfAStaleCopyOverwroteTheOthersText() {
        byAnna.autosave(matter.id(), TEXT, Set.of());
        AnswerDraft annas = byAnna.open(matter);
        byBo.autosave(matter.id(), "Bos text.", Set.of(1));
        byAnna.autosave(matter.id(), annas.text(), Set.of(2));
        assertThat(stored().text()).isEqualTo(TEXT);
        assertThat(stored().answeredQuestions()).containsExactly(2);
    }

    @Test
    void textAndMarksChangedByTwoBothWin() {
        byAnna.autosave(matter.id(), TEXT, Set.of());
        AnswerDraft annas = byAnna.open(matter);
        AnswerDraft bos = byBo.open(matter);

        assertThat(byBo.autosave(bos, bos.withText(TEXT + "\nBos stycke.", Instant.now())).conflicts()).isEmpty();
        RowMerge<AnswerDraft> second = byAnna.autosave(annas, annas.withAnswered(1, true, Instant.now()));

        assertThat(second.conflicts()).isEmpty();
        assertThat(stored().text()).isEqualTo(TEXT + "\nBos stycke.");
        assertThat(stored().answeredQuestions()).containsExactly(1);
    }

    @Test
    void theSameTextSavedFromAStaleCopyIsAConflictWithTheMergedText() {
        byAnna.autosave(matter.id(), TEXT, Set.of());
        AnswerDraft annas = byAnna.open(matter);
        AnswerDraft bos = byBo.open(matter);
        byBo.autosave(bos, bos.withText("Första stycket, Bos.\nAndra stycket.\nTredje stycket.", Instant.now()));

        AnswerDraft mine = annas.withText("Första stycket.\nAndra stycket.\nTredje stycket, Annas.", Instant.now())
                .withAnswered(2, true, Instant.now());
        RowMerge<AnswerDraft> stale = byAnna.autosave(annas, mine);

        assertThat(stale.conflicts()).extracting(RowField::code).containsExactly("answer");
        Conflict c = stale.shown("answer", String.valueOf(matter.id()), matter.title(), annas, mine).getFirst();
        assertThat(c.kind()).isEqualTo(ConflictKind.SAVED_MEANWHILE);
        assertThat(c.longText()).isTrue();
        // Who saved the other side (issue 16.5): Bo, by his login (enrolled without a name here).
        assertThat(c.savedBy().name()).isEqualTo(BO);
        assertThat(c.savedBy().party()).isEqualTo("S");
        assertThat(c.merged().text()).isEqualTo("Första stycket, Bos.\nAndra stycket.\nTredje stycket, Annas.");
        // Bo's text stands; Anna's mark is stored.
        assertThat(stored().text()).isEqualTo("Första stycket, Bos.\nAndra stycket.\nTredje stycket.");
        assertThat(stored().answeredQuestions()).containsExactly(2);
    }

    @Test
    void twoFirstDraftsAtTheSameMomentAreCompared() {
        AnswerDraft annas = byAnna.open(matter);
        AnswerDraft bos = byBo.open(matter);
        assertThat(byBo.autosave(bos, bos.withText("Bos början.", Instant.now())).conflicts()).isEmpty();

        RowMerge<AnswerDraft> second = byAnna.autosave(annas, annas.withText("Annas början.", Instant.now()));

        assertThat(second.conflicts()).extracting(RowField::code).containsExactly("answer");
        assertThat(stored().text()).isEqualTo("Bos början.");
    }
}
