package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.importer.SourceFile;

/**
 * An imported file is checked against the stored texts through the text's index: the check reads the files with
 * that text and their matters by key, never every live matter (which made import slower the bigger the register).
 */
class DuplicateCheckIndexTest {
    @TempDir
    Path folder;

    @Test
    void theDuplicateCheckStartsFromTheTextIndexAndStillLeavesTrashedMattersOut() {
        try (Database db = TestDatabases.local(folder)) {
            Clock clock = Clock.systemUTC();
            MatterStore matters = new MatterStore(db.dsl(), clock);
            AttachmentStore attachments = new AttachmentStore(db.dsl(), clock);
            java.util.Map<Integer, Long> ids = new java.util.HashMap<>();
            for (int i = 0; i < 300; i++) {
                long id = matters.add(Matter.newMatter(MatterKind.MOTION, "Motion " + i).status(Status.SUBMITTED)
                        .authors(List.of()).build()).id();
                ids.put(i, id);
                if (i % 10 == 0) {
                    attachments.add(id, text(i), null, false);
                }
            }
            matters.trash(ids.get(150));
            String hash = text(150).textHash();
            String plan = db.dsl().fetchValue("EXPLAIN " + attachments.textQuery(hash).getSQL(ParamType.INLINED))
                    .toString();
            assertThat(plan).containsIgnoringCase("MATTER_ATTACHMENT_BY_TEXT").containsIgnoringCase("PRIMARY_KEY")
                    .doesNotContainIgnoringCase("MATTER_BY_TRASHED");
            assertThat(attachments.matterWithText(hash)).isEmpty();
            assertThat(attachments.matterWithText(text(20).textHash())).contains(ids.get(20));
            assertThat(attachments.matterWithText(text(21).textHash())).isEmpty();
        }
    }

    /**
     * An imported answer is checked the same way, through the answer's index: comparing the answers themselves read
     * every live matter of the kind (MATTER_BY_TRASHED), ~4.6 s per item with an answer at 100 000 matters.
     */
    @Test
    void theSameAnswerCheckStartsFromTheAnswerIndexAndLeavesOtherKindsAndTrashedMattersOut() {
        try (Database db = TestDatabases.local(folder)) {
            Clock clock = Clock.systemUTC();
            MatterStore matters = new MatterStore(db.dsl(), clock);
            AttachmentStore attachments = new AttachmentStore(db.dsl(), clock);
            java.util.Map<Integer, Long> ids = new java.util.HashMap<>();
            for (int i = 0; i < 300; i++) {
                MatterKind kind = i % 2 == 0 ? MatterKind.INTERPELLATION : MatterKind.QUESTION;
                long id = matters.add(Matter.newMatter(kind, "Fråga " + i).status(Status.SUBMITTED)
                        .authors(List.of()).build()).id();
                ids.put(i, id);
                attachments.add(id, text(i), SourceFile.textHash("Svar " + i / 2), false);
            }
            matters.trash(ids.get(150));
            String interpellation = MatterKind.INTERPELLATION.code();
            String plan = db.dsl().fetchValue("EXPLAIN " + attachments.answerQuery(interpellation,
                    SourceFile.textHash("Svar 20")).getSQL(ParamType.INLINED)).toString();
            assertThat(plan).containsIgnoringCase("MATTER_ATTACHMENT_BY_ANSWER").containsIgnoringCase("PRIMARY_KEY")
                    .doesNotContainIgnoringCase("MATTER_BY_TRASHED");
            assertThat(attachments.matterWithAnswer(interpellation, SourceFile.textHash("Svar 20"))).contains(ids.get(40));
            assertThat(attachments.matterWithAnswer(MatterKind.QUESTION.code(), SourceFile.textHash("Svar  20 ")))
                    .contains(ids.get(41));
            assertThat(attachments.matterWithAnswer(interpellation, SourceFile.textHash("Svar 75"))).isEmpty();
            assertThat(attachments.matterWithAnswer(interpellation, SourceFile.textHash("Svar 200"))).isEmpty();
        }
    }

    private static SourceFile text(int i) {
        return SourceFile.of(i + ".txt", new byte[] {(byte) i}, "text/utf-8", "Motion nummer " + i);
    }
}
