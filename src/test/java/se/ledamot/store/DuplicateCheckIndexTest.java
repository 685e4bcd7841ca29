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
                    attachments.add(id, text(i), false);
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

    private static SourceFile text(int i) {
        return SourceFile.of(i + ".txt", new byte[] {(byte) i}, "text/utf-8", "Motion nummer " + i);
    }
}
