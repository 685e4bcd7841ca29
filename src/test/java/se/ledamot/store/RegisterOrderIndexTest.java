package se.ledamot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.ledamot.domain.Matter;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;

/**
 * The register's first question, the ids newest first, is answered from index V16 alone (no matter row read), and
 * still in the register's order: undated matters first, then newest submission, then newest id; trashed ones out.
 */
class RegisterOrderIndexTest {
    @TempDir
    Path folder;

    @Test
    void theIdsNewestFirstComeFromTheRegisterIndexInTheRegistersOrder() {
        try (Database db = TestDatabases.local(folder)) {
            MatterStore matters = new MatterStore(db.dsl(), Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"),
                    ZoneOffset.UTC));
            long old = add(matters, "2024-01-01");
            long undated = add(matters, null);
            long sameDayFirst = add(matters, "2026-05-01");
            long sameDaySecond = add(matters, "2026-05-01");
            long trashed = add(matters, "2026-06-01");
            matters.trash(trashed);
            RegisterStore register = new RegisterStore(db.dsl());

            String plan = db.dsl().fetchValue("EXPLAIN " + register.idsQuery(RegisterStore.Filter.ALL,
                    RegisterStore.Sort.SUBMITTED, false).getSQL(org.jooq.conf.ParamType.INLINED)).toString();
            assertThat(plan).containsIgnoringCase("MATTER_REGISTER_BY_SUBMITTED");
            assertThat(Arrays.stream(register.ids(RegisterStore.Filter.ALL, RegisterStore.Sort.SUBMITTED, false))
                    .boxed().toList()).containsExactly(undated, sameDaySecond, sameDayFirst, old);
        }
    }

    private static long add(MatterStore store, String submitted) {
        return store.add(Matter.newMatter(MatterKind.MOTION, "Motion " + submitted).status(Status.SUBMITTED)
                .submitted(submitted == null ? null : LocalDate.parse(submitted)).authors(List.of()).build()).id();
    }
}
